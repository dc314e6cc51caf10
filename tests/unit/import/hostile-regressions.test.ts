import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.ts';
import { checkLimits, MAX_TEXT_BYTES } from '../../../main/core/import/check-limits.ts';
import { resolveLimits } from '../../../main/core/import/limits.ts';
import { OCR_LONG_SIDE } from '../../../main/core/import/ocr-resolution.ts';
import { pdfStreamsWithinBounds } from '../../../main/core/import/pdf/pdf-bomb-guard.ts';
import { openPdfSource } from '../../../main/core/import/pdf/pdf-source.ts';
import { readDocument } from '../../../main/core/import/read-document.ts';
import { REASONS } from '../../../main/core/import/refusal.ts';
import { sniffFileType } from '../../../main/core/import/sniff.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { onePagePdf, pdfStream } from '../../helpers/hostile-files.ts';
import { zlibBomb } from './make-files.ts';

// Regressions for what the hostile-file suite (tests/integration/import/hostile-corpus.test.ts) found.

// Every file here is refused or read from its text layer, so no OCR engine ever starts.
const ocr = createTesseractOcrService({ workers: 1 });

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_REFUSED');
    return (error as AppError).message;
  }
  throw new Error('expected the file to be refused');
}

const sniffAndCheck = (bytes: Uint8Array) => checkLimits(bytes, sniffFileType(bytes), resolveLimits());

describe('PDF decompression bombs', () => {
  it('refuses a PDF whose content stream inflates to gigabytes before pdf.js opens it', async () => {
    const bomb = onePagePdf({ contents: pdfStream('/Filter /FlateDecode', zlibBomb(4)) });
    expect(await pdfStreamsWithinBounds(bomb)).toBe(false);
    expect(await refusalOf(sniffAndCheck(bomb))).toBe(REASONS.pdfOverload);
  });

  it('lets ordinary compressed streams through, a 600 dpi page worth of pixels included', async () => {
    const pixels = deflateSync(Buffer.alloc(5100 * 6600 * 3, 0xff));
    const page = onePagePdf({
      lines: ['A page with a large compressed picture behind its text layer for the guard'],
      extraObjects: [pdfStream('/Type /XObject /Subtype /Image /Filter /FlateDecode', pixels)],
    });
    expect(await pdfStreamsWithinBounds(page)).toBe(true);
  });

  it('stops pdf.js when a bomb hidden behind another filter fills its memory', async () => {
    // ASCIIHex first, so the data does not start with a zlib header: only the memory watchdog sees it.
    const hex = Buffer.from(zlibBomb(1).toString('hex') + '>', 'latin1');
    const bomb = onePagePdf({ contents: pdfStream('/Filter [/ASCIIHexDecode /FlateDecode]', hex) });
    expect(await pdfStreamsWithinBounds(bomb)).toBe(true);
    expect(await refusalOf(readDocument(bomb, { ocr }))).toBe(REASONS.pdfOverload);
  });
});

describe('huge pages', () => {
  it('renders a 200-inch page no larger than OCR reads it', async () => {
    const poster = onePagePdf({
      mediaBox: '[0 0 14400 14400]',
      contents: pdfStream('', '0 0 1 rg 0 0 99 99 re f'),
    });
    const source = await openPdfSource(new Uint8Array(poster), resolveLimits());
    try {
      const page = await source.readPage(1);
      expect(page.kind).toBe('image');
      if (page.kind !== 'image') return;
      expect(Math.max(page.image.width, page.image.height)).toBeLessThanOrEqual(OCR_LONG_SIDE);
    } finally {
      await source.close();
    }
  });
});

describe('text files', () => {
  const utf16 = (text: string, bigEndian = false): Buffer => {
    const body = Buffer.from(text, 'utf16le');
    return Buffer.concat([
      Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
      bigEndian ? body.swap16() : body,
    ]);
  };

  it('reads UTF-16 text with a byte-order mark (little- and big-endian)', async () => {
    for (const bigEndian of [false, true]) {
      const bytes = utf16('Questions for the oncologist\r\n', bigEndian);
      expect(sniffFileType(bytes).kind).toBe('text');
      const read = await readDocument(bytes, { ocr });
      expect(read.pages.map((p) => p.text)).toEqual(['Questions for the oncologist\r\n']);
    }
  });

  it('recognises a UTF-16 C-CDA, and one whose DOCTYPE declares entities (so it is refused, not stored as text)', () => {
    const root = '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>x</title></ClinicalDocument>';
    expect(sniffFileType(utf16(`<?xml version="1.0" encoding="UTF-16"?>${root}`)).kind).toBe('ccda');
    const declared = `<?xml version="1.0"?><!DOCTYPE ClinicalDocument [<!ENTITY a "b"><!ENTITY c SYSTEM "file:///etc/passwd">]>${root}`;
    expect(sniffFileType(Buffer.from(declared)).kind).toBe('ccda');
  });

  it('refuses text files longer than any medical document, judging huge ones by their beginning', async () => {
    const long = Buffer.alloc(MAX_TEXT_BYTES + 1, 'Progress note. ');
    expect(await refusalOf(sniffAndCheck(long))).toBe(REASONS.textTooLong(long.length, MAX_TEXT_BYTES));
    // Past the portal-export limit only the first 64 KB are decoded; JSON.parse never sees 60 MB.
    const huge = Buffer.alloc(60 * 1024 * 1024, '{"resourceType":"Observation"}\n');
    expect(sniffFileType(huge)).toEqual({ kind: 'text', mime: 'text/plain' });
  });
});
