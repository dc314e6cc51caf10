import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.ts';
import { readDocument } from '../../../main/core/import/read-document.ts';
import { REASONS } from '../../../main/core/import/refusal.ts';
import type { OcrService } from '../../../main/core/ocr/ocr.types.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { encryptedPdf, manyPagePdf, pngWith, textPdf, zlibBomb } from './make-files.ts';

// Engines start on first use; every file here is refused before any OCR, so none ever starts.
const ocr: OcrService = createTesseractOcrService({ workers: 1 });

async function refusal(bytes: Uint8Array, limits = {}): Promise<string> {
  try {
    await readDocument(bytes, { ocr, limits });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_REFUSED');
    return (error as AppError).message;
  }
  throw new Error('the file was not refused');
}

describe('hostile and broken files are refused with a specific reason', () => {
  it('refuses a zero-byte file', async () => {
    expect(await refusal(new Uint8Array())).toBe(REASONS.empty);
  });

  it('refuses a program renamed .pdf (its bytes, not its name, decide)', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 0x90)]);
    expect(await refusal(exe)).toBe(REASONS.program);
    expect(REASONS.program).toContain('it looks like a program');
  });

  it('refuses a truncated PDF', async () => {
    const pdf = await textPdf(['Discharge summary page one', 'Page two of the summary']);
    expect(await refusal(pdf.subarray(0, Math.floor(pdf.length * 0.6)))).toBe(REASONS.pdfTruncated);
  });

  it('refuses a PDF that is corrupt inside', async () => {
    const pdf = Buffer.from(await textPdf(['Operative note']));
    // Keep the header and the end marker, destroy everything between them.
    pdf.fill(0x20, 9, pdf.length - 8);
    expect(await refusal(pdf)).toBe(REASONS.pdfDamaged);
  });

  it('refuses a password-protected PDF and says how to fix it', async () => {
    const message = await refusal(await encryptedPdf());
    expect(message).toBe(REASONS.pdfPassword);
    expect(message).toContain('password-protected');
  });

  it('refuses a PNG declaring 60000 × 60000 pixels without decoding it', async () => {
    const message = await refusal(pngWith(60000, 60000, new Uint8Array([0x78, 0x9c, 0x03, 0x00])));
    expect(message).toBe(REASONS.tooManyPixels(60000, 60000));
    expect(message).toContain('60,000 × 60,000 pixels');
  });

  it('refuses a PNG whose compressed data would inflate to gigabytes, without inflating it all', async () => {
    // 5000 × 5000 grayscale needs 25 MB; the data would expand to 4 GB.
    expect(await refusal(pngWith(5000, 5000, zlibBomb(4)))).toBe(REASONS.imageBomb);
  });

  it('refuses a 1,000-page PDF when the page limit is lower', async () => {
    const message = await refusal(await manyPagePdf(1000), { maxPages: 100 });
    expect(message).toBe(REASONS.tooManyPages(100, 1000));
  });

  it('refuses a file over the size limit before reading it', async () => {
    const pdf = await textPdf(['A short letter']);
    expect(await refusal(pdf, { maxFileBytes: 100 })).toBe(REASONS.tooBig(pdf.length, 100));
  });
});
