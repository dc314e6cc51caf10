import type { OcrWord } from '../ocr/ocr.types.ts';
import type { FileKind } from './sniff.ts';

/** Why a page has no text: it could not be rendered/decoded, or OCR failed or ran out of time. */
export type PageFailure = 'unreadable' | 'ocr-timeout' | 'ocr-failed';

/** The text of one page and how it was obtained. */
export interface DocumentPage {
  /** 1-based page number. */
  page: number;
  source: 'text-layer' | 'ocr';
  text: string;
  /** Mean OCR word confidence 0–100; null for text layers and failed pages. */
  confidence: number | null;
  words?: OcrWord[];
  /** Degrees the page was turned clockwise to read it upright (OCR pages only). */
  rotation?: 0 | 90 | 180 | 270;
  /** The upright, cleaned grayscale page image OCR read, for the vault to keep. */
  image?: { png: Buffer; width: number; height: number };
  /** Set when the page could not be read; the rest of the document still is. */
  failed?: PageFailure;
}

/** Everything read from one file. */
export interface ReadDocumentResult {
  kind: FileKind;
  mime: string;
  pages: DocumentPage[];
}
