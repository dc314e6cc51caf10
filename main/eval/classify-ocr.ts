import { readFile } from 'node:fs/promises';
import { readDocument } from '../core/import/read-document.ts';
import { createTesseractOcrService } from '../core/ocr/tesseract-ocr.service.ts';

/** Reads scanned pages for the classifier evaluation. */
export interface ScanReader {
  ocr: (pagePaths: string[]) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The product's own reading path for the scans: each page image goes through `readDocument` exactly as
 * an import does (orientation, clean-up, the OCR pool with the bundled model), so the scan figures are
 * those a person gets.
 */
export function createScanReader(): ScanReader {
  const service = createTesseractOcrService();
  return {
    ocr: async (pagePaths) => {
      const texts: string[] = [];
      for (const file of pagePaths) {
        const { pages } = await readDocument(await readFile(file), { ocr: service, keepImages: false });
        texts.push(pages.map((p) => p.text).join('\n'));
      }
      return texts.join('\n');
    },
    close: () => service.close(),
  };
}
