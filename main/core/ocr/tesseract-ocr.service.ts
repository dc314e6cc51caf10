import os from 'node:os';
import { createOcrPool } from './ocr-pool.ts';
import type { OcrService } from './ocr.types.ts';
import { createTesseractDriver } from './tesseract.driver.ts';

/** Tuning for the tesseract.js OCR service; every field has a measured default. */
export interface TesseractServiceOptions {
  /** Engines at once; defaults to the machine's available parallelism. */
  workers?: number;
  /** Pages per engine before it is replaced (bounds WASM heap growth). */
  recycleAfter?: number;
  /** Time limit for one page in milliseconds. */
  pageTimeoutMs?: number;
}

/** Creates the production OCR service: a pool of tesseract.js engines sized to the machine. */
export function createTesseractOcrService(options: TesseractServiceOptions = {}): OcrService {
  return createOcrPool({
    createDriver: createTesseractDriver,
    size: options.workers ?? os.availableParallelism(),
    recycleAfter: options.recycleAfter ?? 50,
    pageTimeoutMs: options.pageTimeoutMs ?? 120_000,
  });
}
