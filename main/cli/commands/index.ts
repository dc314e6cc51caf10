import type { CliCommand } from '../cli-command.ts';

/**
 * The CLI's commands, by module. Each module loads only when one of its commands runs: loading every
 * command pulls in the whole core (database, PDF, OCR, export) and tripled the start-up time of a
 * single `carebinder ocr`, which scripts run once per batch. `names` must match the module's commands
 * (a test checks), in the order `--help` lists them.
 */
export interface CommandModule {
  names: string[];
  load: () => Promise<CliCommand[]>;
}

export const COMMAND_MODULES: CommandModule[] = [
  {
    names: [
      'vault init',
      'vault unlock',
      'vault status',
      'vault change-passphrase',
      'vault backup',
      'vault restore',
    ],
    load: async () => (await import('./vault.commands.ts')).vaultCommands,
  },
  {
    names: ['people add', 'people list'],
    load: async () => (await import('./people.commands.ts')).peopleCommands,
  },
  { names: ['import', 'search'], load: async () => (await import('./import.commands.ts')).importCommands },
  { names: ['ocr'], load: async () => [(await import('./ocr.command.ts')).ocrCommand] },
  { names: ['classify'], load: async () => [(await import('./classify.command.ts')).classifyCommand] },
  { names: ['inspect'], load: async () => [(await import('./inspect.command.ts')).inspectCommand] },
  {
    names: ['meds extract'],
    load: async () => [(await import('./meds-extract.command.ts')).medsExtractCommand],
  },
  {
    names: ['meds list', 'meds add', 'meds stop'],
    load: async () => (await import('./meds-log.commands.ts')).medsLogCommands,
  },
  { names: ['case show'], load: async () => [(await import('./case.command.ts')).caseShowCommand] },
  { names: ['export'], load: async () => [(await import('./export.command.ts')).exportCommand] },
  { names: ['eval'], load: async () => [(await import('./eval.command.ts')).evalCommand] },
  { names: ['bench'], load: async () => [(await import('./bench.command.ts')).benchCommand] },
];

/** Loads every command (for `--help`, which lists them all with their summaries). */
export async function loadAllCommands(): Promise<CliCommand[]> {
  const modules = await Promise.all(COMMAND_MODULES.map((m) => m.load()));
  return modules.flat();
}
