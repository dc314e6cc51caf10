import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { OCR_LONG_SIDE } from '../ocr-resolution.ts';
import { REASONS, refuse } from '../refusal.ts';
import { isUsableTextLayer, joinTextItems, type TextItemLike } from './pdf-text.ts';
import type { RenderedPage } from './pdf-protocol.ts';

// pdf.js reads its fonts, character maps and image decoders from its own package folder: nothing is fetched.
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const folder = (name: string): string => path.join(PDFJS_DIR, name) + path.sep;

/** True when the last kilobytes hold the end-of-file marker every complete PDF finishes with. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  return tail.includes('%%EOF');
}

/**
 * Opens a PDF with everything that could reach outside the process switched off; refuses with a specific reason.
 * Images inside it larger than `maxPixels` are left undrawn, as a picture file that size would be refused.
 * pdf.js takes ownership of `bytes` (its buffer is detached), so pass a copy you no longer need.
 */
export async function openPdf(
  bytes: Uint8Array,
  maxPages: number,
  maxPixels: number,
): Promise<PDFDocumentProxy> {
  if (!hasEndMarker(bytes)) throw refuse(REASONS.pdfTruncated);
  const task = getDocument({
    data: bytes,
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    cMapPacked: true,
    wasmUrl: folder('wasm'),
    iccUrl: folder('iccs'),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    enableXfa: false,
    maxImageSize: maxPixels,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string } | null)?.name;
    throw refuse(name === 'PasswordException' ? REASONS.pdfPassword : REASONS.pdfDamaged, error);
  }
  if (doc.numPages > maxPages) {
    const pages = doc.numPages;
    await task.destroy();
    throw refuse(REASONS.tooManyPages(maxPages, pages));
  }
  if (doc.numPages === 0) {
    await task.destroy();
    throw refuse(REASONS.pdfDamaged);
  }
  return doc;
}

/** The page's text layer when it is usable (a digital page), else null (a scan that needs OCR). */
export async function readTextLayer(doc: PDFDocumentProxy, pageNumber: number): Promise<string | null> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const text = joinTextItems(content.items as TextItemLike[]);
    return isUsableTextLayer(text) ? text : null;
  } finally {
    page.cleanup();
  }
}

/**
 * Rasterises a page at `dpi` on a white background, shrunk to fit `maxPixels` and OCR's page size: OCR
 * shrinks any page longer than OCR_LONG_SIDE anyway, so a poster-sized page (PDF allows 200 inches) is
 * drawn straight at that size instead of as a 400 MB canvas that is thrown away.
 */
export async function renderPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  dpi: number,
  maxPixels: number,
): Promise<RenderedPage> {
  const page = await doc.getPage(pageNumber);
  try {
    const base = page.getViewport({ scale: 1 });
    let scale = Math.min(dpi / 72, OCR_LONG_SIDE / Math.max(base.width, base.height));
    const area = base.width * base.height * scale * scale;
    if (area > maxPixels) scale *= Math.sqrt(maxPixels / area);
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    const canvas = createCanvas(width, height);
    // @napi-rs/canvas implements the part of the DOM canvas pdf.js draws with.
    const target = canvas as unknown as Parameters<PDFPageProxy['render']>[0]['canvas'];
    await page.render({ canvas: target, viewport, background: '#ffffff' }).promise;
    // A copy in an ordinary ArrayBuffer: the canvas's own memory cannot be transferred between threads.
    const rgba = new Uint8Array(canvas.getContext('2d').getImageData(0, 0, width, height).data);
    return { rgba, width, height };
  } finally {
    page.cleanup();
  }
}
