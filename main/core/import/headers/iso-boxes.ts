import { fourcc, readUint } from './dimensions.ts';

/** One box of an ISO base media file (HEIF pictures, MP4/M4A audio): its type and where its body lies. */
export interface IsoBox {
  type: string;
  /** Offset of the box's first byte. */
  start: number;
  /** Offset of the body (after the size/type header, and the 64-bit size when there is one). */
  body: number;
  /** Offset just past the box. */
  end: number;
}

/**
 * The boxes laid end to end between `from` and `to`. A size of 0 means "to the end"; a size of 1 means a
 * 64-bit size follows. Stops at the first box whose size is impossible (damaged or hostile files), so a
 * walk over untrusted bytes always ends.
 */
export function* isoBoxes(bytes: Uint8Array, from: number, to: number): Generator<IsoBox> {
  let at = from;
  while (at + 8 <= to) {
    let size = readUint(bytes, at, 4);
    let header = 8;
    if (size === 1) {
      size = readUint(bytes, at + 8, 4) * 2 ** 32 + readUint(bytes, at + 12, 4);
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (!(size >= header) || at + size > to) return;
    yield { type: fourcc(bytes, at + 4), start: at, body: at + header, end: at + size };
    at += size;
  }
}

/** The first child box of a type, or null. */
export function findBox(bytes: Uint8Array, from: number, to: number, type: string): IsoBox | null {
  for (const box of isoBoxes(bytes, from, to)) if (box.type === type) return box;
  return null;
}
