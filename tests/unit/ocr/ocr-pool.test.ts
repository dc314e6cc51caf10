import { describe, expect, it } from 'vitest';
import { createOcrPool } from '../../../main/core/ocr/ocr-pool.ts';
import { OcrPageError, type OcrDriver, type OcrImage } from '../../../main/core/ocr/ocr.types.ts';

const image: OcrImage = { gray: new Uint8Array(4), width: 2, height: 2 };

/** A driver that answers from a script, for the pool's own behaviour (engine lifecycle, time limits). */
function scriptedDrivers(behaviour: (page: number) => 'ok' | 'hang' | 'crash') {
  const log = { created: 0, terminated: 0 };
  let page = 0;
  const createDriver = async (): Promise<OcrDriver> => {
    log.created++;
    return {
      recognize: () => {
        const what = behaviour(++page);
        if (what === 'hang') return new Promise(() => undefined);
        if (what === 'crash') return Promise.reject(new Error('engine crashed'));
        return Promise.resolve({ text: `page ${page}`, confidence: 90, words: [] });
      },
      terminate: async () => {
        log.terminated++;
      },
    };
  };
  return { createDriver, log };
}

describe('OCR pool', () => {
  it('recycles an engine after the configured number of pages', async () => {
    const { createDriver, log } = scriptedDrivers(() => 'ok');
    const pool = createOcrPool({ createDriver, size: 1, recycleAfter: 2, pageTimeoutMs: 10_000 });
    for (let i = 0; i < 5; i++) await pool.recognize(image);
    expect(log.created).toBe(3);
    await pool.close();
    expect(log.terminated).toBe(3);
  });

  it('fails only the page that times out or crashes, then carries on with a fresh engine', async () => {
    const { createDriver, log } = scriptedDrivers((page) =>
      page === 1 ? 'hang' : page === 2 ? 'crash' : 'ok',
    );
    const pool = createOcrPool({ createDriver, size: 1, recycleAfter: 100, pageTimeoutMs: 50 });
    await expect(pool.recognize(image)).rejects.toMatchObject({ reason: 'timeout' });
    await expect(pool.recognize(image)).rejects.toBeInstanceOf(OcrPageError);
    await expect(pool.recognize(image)).resolves.toMatchObject({ text: 'page 3' });
    expect(log.created).toBe(3);
    await pool.close();
  });

  it('stops a cancelled page', async () => {
    const { createDriver } = scriptedDrivers(() => 'hang');
    const pool = createOcrPool({ createDriver, size: 1, recycleAfter: 100, pageTimeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = pool.recognize(image, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    await pool.close();
  });

  it('starts every engine on warm-up, once, and reads with them', async () => {
    const { createDriver, log } = scriptedDrivers(() => 'ok');
    const pool = createOcrPool({ createDriver, size: 2, recycleAfter: 100, pageTimeoutMs: 10_000 });
    pool.warmUp();
    pool.warmUp();
    expect(log.created).toBe(2);
    await Promise.all([pool.recognize(image), pool.recognize(image)]);
    expect(log.created).toBe(2);
    await pool.close();
    expect(log.terminated).toBe(2);
  });

  it('reports an engine that failed to start on warm-up through the page that needs it', async () => {
    const pool = createOcrPool({
      createDriver: () => Promise.reject(new Error('no engine')),
      size: 1,
      recycleAfter: 100,
      pageTimeoutMs: 10_000,
    });
    pool.warmUp();
    await expect(pool.recognize(image)).rejects.toMatchObject({ reason: 'engine' });
    await pool.close();
  });
});
