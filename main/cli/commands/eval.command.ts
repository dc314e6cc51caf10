import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type CliCommand } from '../cli-command.ts';

const EVAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../eval');
const SUITES = ['classify', 'meds', 'portal'] as const;

/** The options each evaluation script understands (--corpus goes to all of them). */
const SUITE_OPTIONS: Record<(typeof SUITES)[number], string[]> = {
  classify: ['corpus', 'no-scans', 'ocr-cache', 'folds'],
  meds: ['corpus', 'verbose'],
  portal: ['corpus'],
};

/**
 * `carebinder eval classify|meds|portal [--corpus DIR] …`: runs one accuracy evaluation on the labelled
 * corpus (../shared/corpus by default) and prints precision, recall and F1; each suite skips cleanly
 * when the corpus is absent. Extra options go to the suite (e.g. `--no-scans`, `--verbose`).
 */
export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'Measure classification, medication extraction or portal import on the labelled corpus.',
  usage: `carebinder eval ${SUITES.join('|')}|all [--corpus DIR] [suite options]`,
  options: {
    corpus: { type: 'string' },
    'no-scans': { type: 'boolean' },
    'ocr-cache': { type: 'string' },
    verbose: { type: 'boolean' },
    folds: { type: 'string' },
  },
  async run(ctx) {
    const [suite] = ctx.positionals;
    if (!suite || (suite !== 'all' && !(SUITES as readonly string[]).includes(suite))) {
      throw new UsageError(`say which evaluation to run: ${SUITES.join(', ')} or all.`);
    }
    const optionsFor = (name: (typeof SUITES)[number]) =>
      Object.entries(ctx.values)
        .filter(([key]) => SUITE_OPTIONS[name].includes(key))
        .flatMap(([key, value]) =>
          value === true ? [`--${key}`] : typeof value === 'string' ? [`--${key}`, value] : [],
        );
    const suites = suite === 'all' ? [...SUITES] : [suite as (typeof SUITES)[number]];
    let failed = 0;
    for (const name of suites) {
      ctx.io.stdout(`\n=== ${name} ===\n`);
      const result = spawnSync(
        process.execPath,
        [path.join(EVAL_DIR, `${name}.eval.ts`), ...optionsFor(name)],
        {
          stdio: 'inherit',
        },
      );
      if (result.status !== 0) failed++;
    }
    return failed ? 1 : 0;
  },
};
