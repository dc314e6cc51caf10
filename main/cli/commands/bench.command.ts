import { UsageError, type CliCommand } from '../cli-command.ts';

const SUITES = ['ocr', 'import', 'search', 'export', 'load'] as const;

/**
 * `carebinder bench [ocr|import|search|export|load|all]`: speed and memory as ratios against native
 * references run side by side (the tesseract CLI for OCR, pdftotext for text PDFs, qpdf for merging),
 * import memory and time into a vault, search latency over a generated vault, and the whole API under
 * the load of a 10,000-document family vault.
 */
export const benchCommand: CliCommand = {
  name: 'bench',
  summary: 'Measure OCR, PDF reading, search, export and a large vault against native tools on this machine.',
  usage: 'carebinder bench [ocr|import|search|export|load|all]',
  options: {},
  async run(ctx) {
    const suite = ctx.positionals[0] ?? 'all';
    if (suite !== 'all' && !(SUITES as readonly string[]).includes(suite))
      throw new UsageError(`choose ${SUITES.join(', ')} or all.`);
    const print = (line: string) => ctx.io.stdout(line + '\n');
    if (suite === 'all' || suite === 'ocr') {
      const { runOcrBench } = await import('../../bench/ocr.bench.ts');
      await runOcrBench({ print });
    }
    if (suite === 'all' || suite === 'import') {
      const { runImportBench } = await import('../../bench/import.bench.ts');
      await runImportBench({ print });
    }
    if (suite === 'all' || suite === 'search') {
      const { runSearchBench } = await import('../../bench/search.bench.ts');
      await runSearchBench({ print });
    }
    if (suite === 'all' || suite === 'export') {
      const { runExportBench } = await import('../../bench/export.bench.ts');
      await runExportBench({ print });
    }
    if (suite === 'all' || suite === 'load') {
      const { runLoadBench } = await import('../../bench/load.bench.ts');
      await runLoadBench({ print });
    }
    return 0;
  },
};
