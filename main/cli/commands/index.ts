import type { CliCommand } from '../cli-command.ts';
import { peopleCommands } from './people.commands.ts';
import { vaultCommands } from './vault.commands.ts';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [...vaultCommands, ...peopleCommands];
