import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: results to stdout (machine-readable with --json), messages to stderr. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What a command receives once its arguments are parsed. */
export interface CliContext {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  io: CliIo;
  env: NodeJS.ProcessEnv;
}

/**
 * One CLI command. `name` is its words (`ocr`, `vault init`); `options` is node:util parseArgs' option
 * table. `run` resolves to the exit code: 0 success, 1 the operation failed; usage mistakes throw UsageError (2).
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (ctx: CliContext) => Promise<number>;
}

/** A mistake in how the command was called: reported with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Prints one JSON value as one line (the --json output format of every command). */
export function writeJsonLine(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value) + '\n');
}
