import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import type { ImportLimits } from '../limits.ts';
import { REASONS, refuse } from '../refusal.ts';
import type { PdfReply, PdfRequest, RenderedPage } from './pdf-protocol.ts';

/** One page as the PDF gives it: its usable text layer, a rendering to OCR, or a page that could not be read. */
export type PdfPageContent =
  { kind: 'text'; text: string } | { kind: 'image'; image: RenderedPage } | { kind: 'failed' };

/** An open PDF, read one page at a time in its own thread under time limits. */
export interface PdfSource {
  numPages: number;
  readPage(page: number): Promise<PdfPageContent>;
  close(): Promise<void>;
}

/** Resolution pages without a usable text layer are rendered at for OCR. */
export const OCR_DPI = 300;

// pdf.js keeps every decoded object of a hostile file in memory; the thread dies instead of the app.
const WORKER_HEAP_MB = 1536;

/**
 * Most memory the PDF thread may hold (JavaScript heap plus array buffers), checked every
 * MEMORY_CHECK_MS while it works. `resourceLimits` bound only the heap, but pdf.js keeps decoded streams
 * in array buffers outside it: a 4 MB file whose content stream inflates to gigabytes (a "zip bomb" in a
 * PDF) would otherwise take the whole computer's memory. pdf.js grows a stream's buffer by doubling, so
 * any stream decoding past 128 MB crosses this budget the moment its 256 MB buffer is allocated. Measured
 * need of real pages: about 90 MB for a 300 dpi colour scan, 230 MB for a 600 dpi one.
 */
const WORKER_MEMORY_BUDGET = 320 * 1024 * 1024;
const MEMORY_CHECK_MS = 100;

/**
 * Opens a PDF in a worker thread. Each step must answer within the page time limit and the whole
 * document within the PDF time limit, or the thread is terminated and the file refused.
 */
export async function openPdfSource(
  bytes: Uint8Array,
  limits: ImportLimits,
  signal?: AbortSignal,
): Promise<PdfSource> {
  const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const deadline = Date.now() + limits.pdfTimeoutMs;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await worker.terminate();
  };

  const request = (message: PdfRequest): Promise<PdfReply> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AppError('CANCELLED', 'Reading this file was cancelled.'));
      // A memory check may answer after the reply came; only the first outcome counts.
      let settled = false;
      const fail = (error: AppError): void => {
        if (settled) return;
        settled = true;
        cleanup();
        void close();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(refuse(REASONS.pdfTimeout)),
        Math.max(1, Math.min(limits.pageTimeoutMs, deadline - Date.now())),
      );
      const watchdog = setInterval(() => {
        worker.getHeapStatistics().then(
          (heap) => {
            if (heap.used_heap_size + heap.external_memory > WORKER_MEMORY_BUDGET)
              fail(refuse(REASONS.pdfOverload));
          },
          () => undefined, // the thread has already ended; its exit is handled below
        );
      }, MEMORY_CHECK_MS);
      const onMessage = (reply: PdfReply): void => {
        if (settled) return;
        settled = true;
        cleanup();
        resolve(reply);
      };
      const onError = (): void => fail(refuse(REASONS.pdfDamaged));
      const onAbort = (): void => fail(new AppError('CANCELLED', 'Reading this file was cancelled.'));
      const cleanup = (): void => {
        clearTimeout(timer);
        clearInterval(watchdog);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onError);
        signal?.removeEventListener('abort', onAbort);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(message);
    });

  const opened = await request({
    type: 'open',
    bytes,
    maxPages: limits.maxPages,
    maxPixels: limits.maxPixels,
    dpi: OCR_DPI,
  });
  if (opened.type !== 'opened') {
    await close();
    throw refuse(opened.type === 'refused' && opened.message ? opened.message : REASONS.pdfDamaged);
  }

  // The worker answers one request at a time, so page reads are queued behind each other.
  let queue: Promise<unknown> = Promise.resolve();
  const readPage = async (page: number): Promise<PdfPageContent> => {
    const reply = await request({ type: 'page', page });
    if (reply.type === 'text') return { kind: 'text', text: reply.text };
    if (reply.type === 'rendered') return { kind: 'image', image: reply.image };
    return { kind: 'failed' };
  };
  return {
    numPages: opened.numPages,
    close,
    readPage(page) {
      const next = queue.then(() => readPage(page));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
