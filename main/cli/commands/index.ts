import type { CliCommand } from '../cli-command.ts';
import { benchCommand } from './bench.command.ts';
import { caseShowCommand } from './case.command.ts';
import { classifyCommand } from './classify.command.ts';
import { evalCommand } from './eval.command.ts';
import { exportCommand } from './export.command.ts';
import { importCommands } from './import.commands.ts';
import { inspectCommand } from './inspect.command.ts';
import { medsExtractCommand } from './meds-extract.command.ts';
import { medsLogCommands } from './meds-log.commands.ts';
import { ocrCommand } from './ocr.command.ts';
import { peopleCommands } from './people.commands.ts';
import { vaultCommands } from './vault.commands.ts';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [
  ...vaultCommands,
  ...peopleCommands,
  ...importCommands,
  ocrCommand,
  classifyCommand,
  inspectCommand,
  medsExtractCommand,
  ...medsLogCommands,
  caseShowCommand,
  exportCommand,
  evalCommand,
  benchCommand,
];
