import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeTextPdf } from './ocr.bench.ts';
import { makeScanPages } from './scan-pages.ts';
import { megabytes, REPO, run } from './timed-run.ts';

const BIN = path.join(REPO, 'main/cli/bin.mjs');

/**
 * Import benchmark: `carebinder import` into a fresh vault, process start-up and the Argon2id unlock
 * included — 100 scanned pages (peak memory; target under 1.5 GB) and an 88-page text-layer PDF
 * (target under 10 s, no OCR).
 */
export async function runImportBench(
  options: { scanned?: number; pdfPages?: number; print?: (line: string) => void } = {},
) {
  const print = options.print ?? ((line: string) => process.stdout.write(line + '\n'));
  const scanned = options.scanned ?? 100;
  const pdfPages = options.pdfPages ?? 88;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-import-bench-'));
  const env = { ...process.env, CAREBINDER_PASSPHRASE: 'benchmark passphrase long enough' };
  const vault = path.join(dir, 'vault');
  try {
    await run(process.execPath, [BIN, 'vault', 'init', '--vault', vault], env);
    await run(process.execPath, [BIN, 'people', 'add', 'Bench Person', '--vault', vault], env);
    const importDir = async (name: string) => {
      const result = await run(
        process.execPath,
        [BIN, 'import', path.join(dir, name), '--person', 'Bench Person', '--vault', vault, '--json'],
        env,
      );
      const outcomes = result.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { error?: unknown });
      return { ...result, refused: outcomes.filter((o) => o.error).length, files: outcomes.length };
    };

    await mkdir(path.join(dir, 'scans'));
    const pages = await makeScanPages(scanned, 11);
    await Promise.all(
      pages.map((p, i) =>
        writeFile(path.join(dir, 'scans', `scan-${String(i).padStart(3, '0')}.${p.ext}`), p.image),
      ),
    );
    const scans = await importDir('scans');
    print(
      `import: ${scanned} scanned pages in ${(scans.ms / 1000).toFixed(0)} s (${((scanned / scans.ms) * 60_000).toFixed(1)} pages/min), ` +
        `peak RSS ${megabytes(scans.peakRssKb)} (target < 1.5 GB), ${scans.refused} refused`,
    );

    await mkdir(path.join(dir, 'digital'));
    await writeFile(path.join(dir, 'digital', 'record.pdf'), await makeTextPdf(pdfPages));
    const pdf = await importDir('digital');
    print(
      `import: ${pdfPages}-page text-layer PDF in ${(pdf.ms / 1000).toFixed(1)} s including start-up and unlock (target < 10 s), peak RSS ${megabytes(pdf.peakRssKb)}`,
    );
    return {
      scanned: { pages: scanned, ms: scans.ms, peakRssKb: scans.peakRssKb },
      pdf: { pages: pdfPages, ms: pdf.ms },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
