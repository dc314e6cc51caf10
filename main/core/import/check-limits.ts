import { validDimensions, type Dimensions } from './headers/dimensions.ts';
import { readHeifDimensions } from './headers/heif-header.ts';
import { readJpegDimensions } from './headers/jpeg-header.ts';
import { pngInflatesWithinBounds } from './headers/png-bomb-guard.ts';
import { readPngHeader } from './headers/png-header.ts';
import { readTiffPages } from './headers/tiff-header.ts';
import { readWebpDimensions } from './headers/webp-header.ts';
import type { ImportLimits } from './limits.ts';
import { pdfStreamsWithinBounds } from './pdf/pdf-bomb-guard.ts';
import { REASONS, refuse } from './refusal.ts';
import type { SniffResult } from './sniff.ts';

/**
 * Longest plain-text file read: about 5,000 printed pages, far more than any medical document. Reading,
 * indexing and extracting facts from text takes about a second per megabyte on one core and several times
 * its size in memory, so a text dump of hundreds of megabytes is refused rather than read.
 */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

function assertPixels(d: Dimensions | null, limits: ImportLimits): asserts d is Dimensions {
  if (!validDimensions(d)) throw refuse(REASONS.imageDamaged);
  if (d.width * d.height > limits.maxPixels) throw refuse(REASONS.tooManyPixels(d.width, d.height));
}

/**
 * Refuses a file that breaks a limit, judged from its headers before any pixel is decoded: file size,
 * picture size (every TIFF page), TIFF page count, PNG data that inflates past what its size needs, PDF
 * streams that inflate past what any page needs, and the length of a plain-text file.
 * PDF page counts are checked when the PDF is opened, since only its cross-reference table knows them.
 */
export async function checkLimits(
  bytes: Uint8Array,
  sniffed: SniffResult,
  limits: ImportLimits,
): Promise<void> {
  if (bytes.length === 0) throw refuse(REASONS.empty);
  const maxBytes = sniffed.kind === 'audio' ? limits.maxAudioBytes : limits.maxFileBytes;
  if (bytes.length > maxBytes) throw refuse(REASONS.tooBig(bytes.length, maxBytes));
  switch (sniffed.kind) {
    case 'png': {
      const header = readPngHeader(bytes);
      assertPixels(header, limits);
      if (!header || !(await pngInflatesWithinBounds(bytes, header))) throw refuse(REASONS.imageBomb);
      return;
    }
    case 'jpeg':
      return assertPixels(readJpegDimensions(bytes), limits);
    case 'webp':
      return assertPixels(readWebpDimensions(bytes), limits);
    case 'heic':
      return assertPixels(readHeifDimensions(bytes), limits);
    case 'tiff': {
      const pages = readTiffPages(bytes, limits.maxPages);
      if (!pages || pages.length === 0) throw refuse(REASONS.imageDamaged);
      if (pages.length > limits.maxPages) throw refuse(REASONS.tooManyPages(limits.maxPages));
      for (const page of pages) assertPixels(page, limits);
      return;
    }
    case 'pdf':
      if (!(await pdfStreamsWithinBounds(bytes))) throw refuse(REASONS.pdfOverload);
      return;
    case 'text':
      if (bytes.length > MAX_TEXT_BYTES) throw refuse(REASONS.textTooLong(bytes.length, MAX_TEXT_BYTES));
      return;
    default:
      return;
  }
}
