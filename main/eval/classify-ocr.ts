import { createRequire } from 'node:module';
import sharp from 'sharp';
import { createWorker, OEM, type Worker } from 'tesseract.js';

/**
 * A stand-in OCR for developing the classifier evaluation: tesseract.js with the installed English data
 * (no network). Pages that read badly are retried turned by 90/180/270 degrees. The product's own OCR
 * pipeline replaces this when the evaluation is wired into `carebinder eval`.
 */
export interface DevOcr {
  ocr: (pagePaths: string[]) => Promise<string>;
  close: () => Promise<void>;
}

/** Mean word confidence under which a page is tried in other orientations. */
const RETRY_BELOW = 60;

/** Starts one tesseract.js worker reading English from the bundled language data. */
export async function createDevOcr(): Promise<DevOcr> {
  const require = createRequire(import.meta.url);
  const eng = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
  const worker: Worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: eng.langPath,
    gzip: eng.gzip,
    cacheMethod: 'none',
  });

  async function readPage(file: string): Promise<string> {
    const first = await worker.recognize(file, { rotateAuto: true });
    if (first.data.confidence >= RETRY_BELOW) return first.data.text;
    let best = first.data;
    for (const angle of [90, 180, 270]) {
      const turned = await sharp(file).rotate(angle).png().toBuffer();
      const attempt = await worker.recognize(turned, { rotateAuto: true });
      if (attempt.data.confidence > best.confidence) best = attempt.data;
    }
    return best.text;
  }

  return {
    ocr: async (pagePaths) => {
      const pages: string[] = [];
      for (const p of pagePaths) pages.push(await readPage(p));
      return pages.join('\n');
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
