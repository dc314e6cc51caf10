import { validDimensions, type Dimensions } from './headers/dimensions.ts';
import { readHeifDimensions } from './headers/heif-header.ts';
import { readJpegDimensions } from './headers/jpeg-header.ts';
import { pngInflatesWithinBounds } from './headers/png-bomb-guard.ts';
import { readPngHeader } from './headers/png-header.ts';
import { readTiffPages } from './headers/tiff-header.ts';
import { readWebpDimensions } from './headers/webp-header.ts';
import type { ImportLimits } from './limits.ts';
import { REASONS, refuse } from './refusal.ts';
import type { SniffResult } from './sniff.ts';

function assertPixels(d: Dimensions | null, limits: ImportLimits): asserts d is Dimensions {
  if (!validDimensions(d)) throw refuse(REASONS.imageDamaged);
  if (d.width * d.height > limits.maxPixels) throw refuse(REASONS.tooManyPixels(d.width, d.height));
}

/**
 * Refuses a file that breaks a limit, judged from its headers before any pixel is decoded: file size,
 * picture size (every TIFF page), TIFF page count, and PNG data that inflates past what its size needs.
 * PDF page counts are checked when the PDF is opened, since only its cross-reference table knows them.
 */
export async function checkLimits(
  bytes: Uint8Array,
  sniffed: SniffResult,
  limits: ImportLimits,
): Promise<void> {
  if (bytes.length === 0) throw refuse(REASONS.empty);
  if (bytes.length > limits.maxFileBytes) throw refuse(REASONS.tooBig(bytes.length, limits.maxFileBytes));
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
    default:
      return;
  }
}
