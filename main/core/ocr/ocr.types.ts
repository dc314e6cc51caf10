/** An 8-bit grayscale picture, row-major, one byte per pixel: what the engine reads. */
export interface OcrImage {
  gray: Uint8Array;
  width: number;
  height: number;
}

/** A word's box in the pixels of the image that was recognised. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised word and the engine's confidence in it (0–100). */
export interface OcrWord {
  text: string;
  confidence: number;
  bbox: OcrBox;
}

/** The text of one page, its mean word confidence (0–100) and its words. */
export interface OcrPageResult {
  text: string;
  confidence: number;
  words: OcrWord[];
}

/** Per-call options: cancellation and a tighter time limit than the service's default. */
export interface OcrCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One OCR engine instance (one thread). The pool owns its lifetime. */
export interface OcrDriver {
  recognize(image: OcrImage): Promise<OcrPageResult>;
  terminate(): Promise<void>;
}

/** Makes a fresh, ready driver. */
export type OcrDriverFactory = () => Promise<OcrDriver>;

/**
 * What the rest of CareBinder uses to OCR a page. A page that fails or runs out of time rejects with
 * an `OcrPageError`; the service stays usable for the next page.
 */
export interface OcrService {
  /** How many pages it recognises at once; callers keep this many in flight to use every core. */
  readonly concurrency: number;
  recognize(image: OcrImage, options?: OcrCallOptions): Promise<OcrPageResult>;
  /**
   * Starts every engine that is not running yet, without waiting. Readers call it as soon as they know
   * a file needs OCR, so engine start-up overlaps decoding the first page instead of following it.
   */
  warmUp(): void;
  close(): Promise<void>;
}

/** A single page could not be recognised (time limit, engine crash); the document goes on without it. */
export class OcrPageError extends Error {
  readonly reason: 'timeout' | 'engine';

  constructor(reason: 'timeout' | 'engine', options?: { cause?: unknown }) {
    super(reason === 'timeout' ? 'OCR of this page took too long' : 'OCR of this page failed', options);
    this.name = 'OcrPageError';
    this.reason = reason;
  }
}
