import sharp from 'sharp';
import { AppError } from '../errors.ts';
import type { OcrService } from '../ocr/ocr.types.ts';
import { checkLimits } from './check-limits.ts';
import type { DocumentPage, ReadDocumentResult } from './document-page.ts';
import { openImage } from './image/image-source.ts';
import { preparePage } from './image/prepare-page.ts';
import { resolveLimits, type ImportLimits } from './limits.ts';
import { ocrPreparedPage } from './ocr-page.ts';
import { openPdfSource } from './pdf/pdf-source.ts';
import { REASONS, refuse } from './refusal.ts';
import { decodeTextFile, sniffFileType } from './sniff.ts';
import { mapWindowed } from './windowed.ts';

/** Progress of reading one file: pages finished out of the total; `current` never goes backwards. */
export interface ReadProgress {
  step: 'reading';
  current: number;
  total: number;
}

/** Options for `readDocument`. */
export interface ReadDocumentOptions {
  ocr: OcrService;
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  /** Return each OCR'd page's image as PNG for the vault (default true; the stateless CLI turns it off). */
  keepImages?: boolean;
}

interface Context {
  options: ReadDocumentOptions;
  limits: ImportLimits;
  keepImage: boolean;
}

function progressReporter(options: ReadDocumentOptions, total: number): () => void {
  let done = 0;
  options.onProgress?.({ step: 'reading', current: 0, total });
  return () => options.onProgress?.({ step: 'reading', current: ++done, total });
}

const throwIfAborted = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw new AppError('CANCELLED', 'Reading this file was cancelled.');
};

async function readPdf(bytes: Uint8Array, ctx: Context): Promise<DocumentPage[]> {
  const { ocr, signal } = ctx.options;
  // pdf.js takes ownership of what it is given; the caller's bytes stay intact.
  const source = await openPdfSource(bytes, ctx.limits, signal);
  try {
    const tick = progressReporter(ctx.options, source.numPages);
    // One extra lane so the next page renders while every engine is busy.
    return await mapWindowed(source.numPages, ocr.concurrency + 1, async (index) => {
      const page = index + 1;
      const content = await source.readPage(page);
      let result: Omit<DocumentPage, 'page'>;
      if (content.kind === 'text') result = { source: 'text-layer', text: content.text, confidence: null };
      else if (content.kind === 'failed')
        result = { source: 'ocr', text: '', confidence: null, failed: 'unreadable' };
      else {
        ocr.warmUp();
        const { rgba, width, height } = content.image;
        const prepared = await preparePage(sharp(rgba, { raw: { width, height, channels: 4 } }));
        result = await ocrPreparedPage(prepared, { ocr, signal, keepImage: ctx.keepImage });
      }
      tick();
      return { page, ...result };
    });
  } finally {
    await source.close();
  }
}

async function readImage(bytes: Uint8Array, kind: 'jpeg' | 'png' | 'tiff' | 'webp' | 'heic', ctx: Context) {
  const { ocr, signal } = ctx.options;
  const source = await openImage(bytes, kind, ctx.limits);
  ocr.warmUp();
  const tick = progressReporter(ctx.options, source.pageCount);
  return mapWindowed(source.pageCount, ocr.concurrency + 1, async (index): Promise<DocumentPage> => {
    throwIfAborted(signal);
    let prepared;
    try {
      prepared = await preparePage(source.page(index));
    } catch (error) {
      // A single picture that cannot be decoded is refused; one bad page of a multi-page TIFF is marked.
      if (source.pageCount === 1) throw refuse(REASONS.imageDamaged, error);
      tick();
      return { page: index + 1, source: 'ocr', text: '', confidence: null, failed: 'unreadable' };
    }
    const result = await ocrPreparedPage(prepared, { ocr, signal, keepImage: ctx.keepImage });
    tick();
    return { page: index + 1, ...result };
  });
}

/** Plain text (UTF-8, or UTF-16 with a byte-order mark); a form feed (as printers and text exports write between pages) starts a new page. */
function readText(bytes: Uint8Array): DocumentPage[] {
  const text = decodeTextFile(bytes) ?? '';
  return text
    .split('\f')
    .map((pageText, i) => ({ page: i + 1, source: 'text-layer', text: pageText, confidence: null }));
}

/**
 * Reads any supported file into per-page text: sniffs its type by content, checks every limit before
 * decoding, takes PDF text layers as they are, and OCRs scans and pictures upright (audio has no pages). Refusals are
 * `AppError('FILE_REFUSED')` with a plain-language reason; a single failed page is marked, not fatal.
 */
export async function readDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions,
): Promise<ReadDocumentResult> {
  const sniffed = sniffFileType(bytes);
  if (sniffed.kind === 'unsupported') throw refuse(sniffed.reason ?? REASONS.unknown);
  const limits = resolveLimits(options.limits);
  await checkLimits(bytes, sniffed, limits);
  throwIfAborted(options.signal);
  const ctx: Context = { options, limits, keepImage: options.keepImages ?? true };
  let pages: DocumentPage[];
  switch (sniffed.kind) {
    case 'pdf':
      pages = await readPdf(bytes, ctx);
      break;
    case 'jpeg':
    case 'png':
    case 'tiff':
    case 'webp':
    case 'heic':
      pages = await readImage(bytes, sniffed.kind, ctx);
      break;
    case 'audio':
      // A recording has no pages and no text: it is kept as it is and played, never transcribed.
      pages = [];
      break;
    default:
      pages = readText(bytes);
  }
  return { kind: sniffed.kind, mime: sniffed.mime, pages };
}
