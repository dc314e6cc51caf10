import { createInflate } from 'node:zlib';
import { fourcc, readUint } from './dimensions.ts';
import { pngInflatedSize, type PngHeader } from './png-header.ts';

/** The concatenated IDAT payloads (the compressed pixels) of a PNG, without inflating them. */
function* idatChunks(bytes: Uint8Array): Generator<Uint8Array> {
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = readUint(bytes, at, 4);
    const type = fourcc(bytes, at + 4);
    if (!Number.isFinite(length)) return;
    if (type === 'IDAT') yield bytes.subarray(at + 8, Math.min(at + 8 + length, bytes.length));
    if (type === 'IEND') return;
    at += 12 + length;
  }
}

/**
 * True when the compressed pixels inflate to no more than the header says they should. The data is
 * streamed through zlib and counted, never kept, and inflation stops as soon as the bound is passed,
 * so a stream that would expand to gigabytes costs only as much work as the picture legitimately could.
 */
export function pngInflatesWithinBounds(bytes: Uint8Array, header: PngHeader): Promise<boolean> {
  const bound = pngInflatedSize(header) + 1024;
  return new Promise((resolve) => {
    const inflate = createInflate();
    let produced = 0;
    let settled = false;
    const finish = (ok: boolean): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(ok);
    };
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > bound) finish(false);
    });
    // A damaged stream is not a bomb; the decoder reports the damage with its own message later.
    inflate.on('error', () => finish(true));
    inflate.on('end', () => finish(true));
    const chunks = idatChunks(bytes);
    const pump = (): void => {
      for (;;) {
        if (settled) return;
        const next = chunks.next();
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
