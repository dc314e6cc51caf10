import { AppError } from '../errors.ts';
import { log } from '../log/logger.ts';
import {
  OcrPageError,
  type OcrCallOptions,
  type OcrDriver,
  type OcrDriverFactory,
  type OcrImage,
  type OcrPageResult,
  type OcrService,
} from './ocr.types.ts';

/** How the pool is sized and bounded. */
export interface OcrPoolOptions {
  createDriver: OcrDriverFactory;
  /** Engines running at once (one per core is best: each is single-threaded). */
  size: number;
  /** Pages an engine reads before it is replaced, bounding the memory a long-lived WASM heap can grow to. */
  recycleAfter: number;
  /** Longest one page may take; the engine is then killed and replaced and the page fails. */
  pageTimeoutMs: number;
}

interface Slot {
  driver: Promise<OcrDriver> | null;
  pages: number;
}

interface Job {
  image: OcrImage;
  options: OcrCallOptions;
  resolve: (result: OcrPageResult) => void;
  reject: (error: unknown) => void;
}

const cancelled = (): AppError => new AppError('CANCELLED', 'Reading this file was cancelled.');

/**
 * A pool of OCR engines behind the `OcrService` interface: engines start on first use, a queue feeds
 * them, each page runs under a time limit, and an engine is replaced after a time-out, a crash, or
 * `recycleAfter` pages. A failed page rejects with `OcrPageError`; the pool carries on.
 */
export function createOcrPool(options: OcrPoolOptions): OcrService {
  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => ({ driver: null, pages: 0 }));
  const idle = [...slots];
  const queue: Job[] = [];
  let closed = false;

  const retire = (slot: Slot): void => {
    const driver = slot.driver;
    slot.driver = null;
    slot.pages = 0;
    void driver?.then((d) => d.terminate()).catch(() => undefined);
  };

  const start = (slot: Slot): Promise<OcrDriver> => {
    if (!slot.driver) {
      const driver = options.createDriver();
      // An engine that fails to start is reported by the page that awaits it; a warm-up nobody awaits
      // yet must not become an unhandled rejection.
      driver.catch(() => undefined);
      slot.driver = driver;
    }
    return slot.driver;
  };

  const runOn = async (slot: Slot, job: Job): Promise<OcrPageResult> => {
    const driver = await start(slot);
    const timeoutMs = Math.min(job.options.timeoutMs ?? options.pageTimeoutMs, options.pageTimeoutMs);
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    try {
      return await Promise.race([
        driver.recognize(job.image),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new OcrPageError('timeout')), timeoutMs);
          onAbort = () => reject(cancelled());
          // The signal may have fired while the engine was starting.
          if (job.options.signal?.aborted) onAbort();
          else job.options.signal?.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
    } finally {
      clearTimeout(timer);
      if (onAbort) job.options.signal?.removeEventListener('abort', onAbort);
    }
  };

  const pump = (): void => {
    while (!closed && idle.length > 0 && queue.length > 0) {
      const slot = idle.pop() as Slot;
      const job = queue.shift() as Job;
      if (job.options.signal?.aborted) {
        idle.push(slot);
        job.reject(cancelled());
        continue;
      }
      runOn(slot, job)
        .then((result) => {
          slot.pages += 1;
          if (slot.pages >= options.recycleAfter) retire(slot);
          job.resolve(result);
        })
        .catch((error: unknown) => {
          // A time-out or crash may leave the engine busy or broken: never reuse it.
          retire(slot);
          if (error instanceof AppError || error instanceof OcrPageError) job.reject(error);
          else {
            log.warn('ocr.page_failed', { reason: 'engine' });
            job.reject(new OcrPageError('engine', { cause: error }));
          }
        })
        .finally(() => {
          idle.push(slot);
          pump();
        });
    }
  };

  return {
    concurrency: slots.length,
    recognize(image, callOptions = {}) {
      if (closed) return Promise.reject(new AppError('INTERNAL', 'The OCR service has been closed.'));
      return new Promise((resolve, reject) => {
        queue.push({ image, options: callOptions, resolve, reject });
        pump();
      });
    },
    warmUp() {
      if (closed) return;
      for (const slot of idle) void start(slot);
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(cancelled());
      await Promise.all(
        slots.map(async (slot) => {
          const driver = slot.driver;
          slot.driver = null;
          await driver?.then((d) => d.terminate()).catch(() => undefined);
        }),
      );
    },
  };
}
