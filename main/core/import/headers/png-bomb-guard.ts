import { fourcc, readUint } from './dimensions.ts';
import { inflatedSize } from './inflate-bound.ts';
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
 * True when the compressed pixels inflate to no more than the header says they should (plus a little
 * slack), so a stream that would expand to gigabytes is caught after inflating only what the picture
 * legitimately could.
 */
export async function pngInflatesWithinBounds(bytes: Uint8Array, header: PngHeader): Promise<boolean> {
  const bound = pngInflatedSize(header) + 1024;
  return (await inflatedSize(idatChunks(bytes), bound)) <= bound;
}
