/**
 * Worker-thread entry that parses one PDF, so a hostile or pathological file can be stopped by
 * terminating the thread (pdf.js under Node otherwise runs on the caller's thread).
 */
import { parentPort } from 'node:worker_threads';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../errors.ts';
import { openPdf, readTextLayer, renderPage } from './pdf-engine.ts';
import type { PdfReply, PdfRequest } from './pdf-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pdf.worker.ts must run as a worker thread');

let doc: PDFDocumentProxy | null = null;
let render = { dpi: 300, maxPixels: 0 };

const reply = (message: PdfReply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

async function handle(request: PdfRequest): Promise<void> {
  if (request.type === 'open') {
    try {
      doc = await openPdf(request.bytes, request.maxPages, request.maxPixels);
      render = { dpi: request.dpi, maxPixels: request.maxPixels };
      reply({ type: 'opened', numPages: doc.numPages });
    } catch (error) {
      const message = error instanceof AppError ? error.message : '';
      reply({ type: 'refused', message });
    }
    return;
  }
  if (!doc) return;
  const { page } = request;
  try {
    const text = await readTextLayer(doc, page);
    if (text !== null) return reply({ type: 'text', page, text });
    const image = await renderPage(doc, page, render.dpi, render.maxPixels);
    reply({ type: 'rendered', page, image }, [image.rgba.buffer as ArrayBuffer]);
  } catch {
    reply({ type: 'page-failed', page });
  }
}

port.on('message', (request: PdfRequest) => void handle(request));
