import { parseArgs } from 'node:util';
import { APP_VERSION } from '../core/app-version.ts';
import { UsageError, type CliIo } from './cli-command.ts';
import { COMMAND_MODULES, loadAllCommands, type CommandModule } from './commands/index.ts';

const realIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function helpText(): Promise<string> {
  const commands = await loadAllCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'CareBinder — your medical records for a second opinion, encrypted on this computer.',
    '',
    'Usage: carebinder <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Vault commands take --vault DIR (default: this computer’s CareBinder folder, or CAREBINDER_HOME) and read',
    'the passphrase from --passphrase-file FILE, from CAREBINDER_PASSPHRASE, or from a hidden prompt.',
    'Exit codes: 0 success, 1 the operation failed, 2 the command was not used correctly.',
    'Run `carebinder <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Finds the command whose words start the arguments, preferring the longest ("vault init" over "vault"). */
function findCommand(args: string[]): { name: string; module: CommandModule; rest: string[] } | null {
  const words = args.filter((a) => !a.startsWith('-'));
  let best: { name: string; module: CommandModule } | null = null;
  for (const module of COMMAND_MODULES) {
    for (const name of module.names) {
      const parts = name.split(' ');
      if (
        parts.every((part, i) => words[i] === part) &&
        (!best || parts.length > best.name.split(' ').length)
      )
        best = { name, module };
    }
  }
  if (!best) return null;
  const rest = [...args];
  for (const part of best.name.split(' ')) rest.splice(rest.indexOf(part), 1);
  return { ...best, rest };
}

/** Runs one CLI invocation and resolves to its exit code. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv, io: CliIo = realIo): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout(await helpText());
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === '--version') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  const found = findCommand(args);
  if (!found) {
    const words = args
      .filter((a) => !a.startsWith('-'))
      .slice(0, 2)
      .join(' ');
    io.stderr(`carebinder: unknown command “${words}”.\n\n${await helpText()}`);
    return 2;
  }
  const { rest } = found;
  const command = (await found.module.load()).find((c) => c.name === found.name);
  if (!command) throw new Error(`command module does not provide “${found.name}”`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return await command.run({ values, positionals, io, env });
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`carebinder ${command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
