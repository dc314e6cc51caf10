import { createInflate } from 'node:zlib';

/**
 * How many bytes the zlib stream made of `chunks` inflates to, counting no further than just past
 * `limit`: an answer above `limit` means "more than that". The output is counted, never kept, so a
 * stream that would expand to gigabytes costs only as much work as `limit` allows. A damaged stream
 * counts what inflated before the damage (a decoder reports damage in its own words later).
 */
export function inflatedSize(chunks: Iterable<Uint8Array>, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    const source = chunks[Symbol.iterator]();
    let produced = 0;
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(produced);
    };
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > limit) finish();
    });
    inflate.on('error', finish);
    inflate.on('end', finish);
    const pump = (): void => {
      for (;;) {
        if (settled) return;
        const next = source.next();
        if (next.done) {
          inflate.end();
          return;
        }
        if (!inflate.write(next.value)) {
          inflate.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}
