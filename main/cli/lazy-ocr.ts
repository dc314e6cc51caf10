import type { OcrService } from '../core/ocr/ocr.types.ts';
import { createTesseractOcrService } from '../core/ocr/tesseract-ocr.service.ts';

/** An OCR service started only if a command meets a file that needs it (text files and text PDFs don't). */
export function lazyOcr(): { get: () => OcrService; close: () => Promise<void> } {
  let service: OcrService | null = null;
  return {
    get: () => (service ??= createTesseractOcrService()),
    close: async () => {
      await service?.close();
      service = null;
    },
  };
}
