/**
 * Runs `carebinder ocr ARGS...` in its own process for the benchmark until the CLI entry
 * (main/cli/bin.mjs) exists; the benchmark prefers the real entry when it is there.
 */
import { parseArgs } from 'node:util';
import { ocrCommand } from '../cli/commands/ocr.command.ts';

const { positionals, values } = parseArgs({ options: ocrCommand.options, allowPositionals: true });
process.exitCode = await ocrCommand.run({
  positionals,
  values,
  io: { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  env: process.env,
});
