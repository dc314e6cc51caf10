import { AppError } from '../errors.ts';
import { OcrPageError, type OcrImage, type OcrPageResult, type OcrService } from '../ocr/ocr.types.ts';
import type { DocumentPage } from './document-page.ts';
import { lineDirection } from './image/line-direction.ts';
import { encodePagePng, rotateImage, type PreparedPage } from './image/prepare-page.ts';

// Upright text reads at 85–95 mean confidence; a page upside down reads as gibberish well below this.
const LOW_CONFIDENCE = 60;
// The flipped reading must be clearly better to be believed.
const FLIP_MARGIN = 10;

type Rotation = 0 | 90 | 180 | 270;

/** Options for reading one prepared page. */
export interface OcrPageOptions {
  ocr: OcrService;
  signal?: AbortSignal;
  /** Encode the page image as PNG for the vault (the stateless CLI skips it). */
  keepImage: boolean;
}

/**
 * OCRs one page upright. The line direction (free to compute) decides whether the page lies on its
 * side; only when the reading is poor is the page also read turned over, and the better reading kept.
 * So an upright page costs one OCR pass, and a page upside down or the wrong side up at most two.
 */
export async function ocrPreparedPage(
  prepared: PreparedPage,
  options: OcrPageOptions,
): Promise<Omit<DocumentPage, 'page'>> {
  const read = (image: OcrImage): Promise<OcrPageResult> =>
    options.ocr.recognize(image, { signal: options.signal });
  try {
    let rotation: Rotation = lineDirection(prepared.thumbnail) === 'vertical' ? 90 : 0;
    let image = await rotateImage(prepared.image, rotation);
    let result = await read(image);
    if (result.confidence < LOW_CONFIDENCE) {
      const flipped = await rotateImage(image, 180);
      const second = await read(flipped);
      if (second.confidence > result.confidence + FLIP_MARGIN) {
        image = flipped;
        rotation = ((rotation + 180) % 360) as Rotation;
        result = second;
      }
    }
    const png = options.keepImage ? await encodePagePng(image) : null;
    return {
      source: 'ocr',
      text: result.text,
      confidence: result.confidence,
      words: result.words,
      rotation,
      ...(png ? { image: { png, width: image.width, height: image.height } } : {}),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const failed = error instanceof OcrPageError && error.reason === 'timeout' ? 'ocr-timeout' : 'ocr-failed';
    return { source: 'ocr', text: '', confidence: null, failed };
  }
}
