/** Messages between the PDF host and its worker thread (the worker reads one page per request). */
export type PdfRequest =
  | { type: 'open'; bytes: Uint8Array; maxPages: number; maxPixels: number; dpi: number }
  | { type: 'page'; page: number };

/** A rendered page: RGBA pixels, row-major. */
export interface RenderedPage {
  rgba: Uint8Array;
  width: number;
  height: number;
}

export type PdfReply =
  | { type: 'opened'; numPages: number }
  | { type: 'text'; page: number; text: string }
  | { type: 'rendered'; page: number; image: RenderedPage }
  | { type: 'page-failed'; page: number }
  | { type: 'refused'; message: string };
