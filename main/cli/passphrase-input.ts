import fs from 'node:fs';
import { UsageError } from './cli-command.ts';

/** Reads a secret from a file: the whole first line, without its line ending. */
function fromFile(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the passphrase file “${file}”.`);
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without echoing what is typed. */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return Promise.reject(
      new UsageError(
        'no passphrase given: use --passphrase-file FILE or CAREBINDER_PASSPHRASE, or run it in a terminal.',
      ),
    );
  }
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let answer = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(answer));
        if (ch === '\u0003') return finish(() => reject(new UsageError('cancelled.')));
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else answer += ch;
      }
    };
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      then();
    };
    stdin.on('data', onData);
  });
}

/**
 * The passphrase, from the first source given: the file option, the environment variable, or a hidden
 * prompt (asked twice when `confirm`, for a new passphrase).
 */
export async function readSecret(options: {
  file: string | undefined;
  envName: string;
  env: NodeJS.ProcessEnv;
  prompt: string;
  confirm?: boolean;
}): Promise<string> {
  if (options.file) return fromFile(options.file);
  const fromEnv = options.env[options.envName];
  if (fromEnv) return fromEnv;
  const first = await promptHidden(options.prompt);
  if (options.confirm && (await promptHidden('Type it again: ')) !== first) {
    throw new UsageError('the two passphrases are different.');
  }
  return first;
}
