import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { appendParts } from '../core/export/appendix.ts';
import { embedPacketFonts } from '../core/export/pdf-fonts.ts';
import { run, type Run } from './timed-run.ts';

/** The appendix merge timed both ways on the same files. */
export interface MergeComparison {
  files: number;
  pages: number;
  pdfLibMs: number;
  qpdf: Run;
}

/**
 * Merges `files` (PDFs) into one, first as the packet's appendix does it (pdf-lib, appendParts), then with
 * the native reference `qpdf --keep-files-open=y --empty --pages … --` in the same run; both outputs go
 * to `outDir`.
 */
export async function compareMerge(files: readonly string[], outDir: string): Promise<MergeComparison> {
  const started = performance.now();
  const merged = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedPacketFonts(merged);
  for (const file of files)
    await appendParts(merged, fonts, [{ kind: 'pdf', bytes: await readFile(file) }], null);
  await writeFile(path.join(outDir, 'merged-pdf-lib.pdf'), await merged.save());
  const pdfLibMs = performance.now() - started;
  // Past 200 input files qpdf stops keeping them open and reopens each one whenever it needs it (3.2 s
  // instead of 0.9 s for a 270-file packet here); keeping them open is the fair native reference.
  const qpdf = await run('qpdf', [
    '--keep-files-open=y',
    '--empty',
    '--pages',
    ...files,
    '--',
    path.join(outDir, 'merged-qpdf.pdf'),
  ]);
  return { files: files.length, pages: merged.getPageCount(), pdfLibMs, qpdf };
}
