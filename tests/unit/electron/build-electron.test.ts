import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfReply, PdfRequest } from '../../../main/core/import/pdf/pdf-protocol.ts';
import { buildElectronBundles } from '../../../main/scripts/build-electron.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * The bundles are built inside the repository (.cache/, ignored by git) so that, as in dist/electron, the
 * external packages resolve from the repository's node_modules.
 */
describe('buildElectronBundles', () => {
  let outDir: string;
  let files: string[];
  beforeAll(async () => {
    fs.mkdirSync(path.join(repoRoot, '.cache'), { recursive: true });
    outDir = fs.mkdtempSync(path.join(repoRoot, '.cache', 'electron-build-test-'));
    files = await buildElectronBundles(outDir);
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('emits CommonJS main, preload and one bundle per worker', () => {
    const workers = fs
      .readdirSync(path.join(repoRoot, 'main'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.worker.ts'))
      .map((file) => `${path.basename(file, '.ts')}.cjs`);
    expect(workers).toContain('pdf.worker.cjs');
    expect(files.map((file) => path.basename(file)).sort()).toEqual(
      ['main.cjs', 'preload.cjs', ...workers].sort(),
    );
  });

  it('leaves no import.meta and no .ts path a packaged app could not load', () => {
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      expect(code, path.basename(file)).not.toMatch(/import\.meta|import_meta/);
      expect(code, path.basename(file)).not.toMatch(/new URL\([^)]*\.worker\.ts/);
    }
  });

  it('points the PDF worker at its bundle, which reads a real PDF in a worker thread', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const text of ['Page one', 'Page two'])
      doc.addPage([300, 200]).drawText(text, { x: 20, y: 100, font });
    const bytes = await doc.save();

    const worker = new Worker(path.join(outDir, 'pdf.worker.cjs'));
    try {
      const reply = new Promise<PdfReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const open: PdfRequest = { type: 'open', bytes, maxPages: 10, maxPixels: 10_000_000, dpi: 72 };
      worker.postMessage(open);
      expect(await reply).toEqual({ type: 'opened', numPages: 2 });
    } finally {
      await worker.terminate();
    }
  });
});
