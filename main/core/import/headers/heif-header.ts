import { fourcc, readUint, type Dimensions } from './dimensions.ts';

// Boxes whose children lead from the file to the image spatial extents: meta → iprp → ipco → ispe.
const CONTAINERS = new Set(['meta', 'iprp', 'ipco']);

/**
 * Finds every `ispe` (image spatial extents) property and returns the largest, which is the primary
 * image (thumbnails and grid tiles are smaller). Null when the file declares none.
 */
export function readHeifDimensions(bytes: Uint8Array): Dimensions | null {
  let largest: Dimensions | null = null;
  const walk = (from: number, to: number, depth: number): void => {
    let at = from;
    while (at + 8 <= to && depth < 6) {
      let size = readUint(bytes, at, 4);
      let header = 8;
      if (size === 1) {
        size = readUint(bytes, at + 8, 4) * 2 ** 32 + readUint(bytes, at + 12, 4);
        header = 16;
      } else if (size === 0) {
        size = to - at;
      }
      if (!(size >= header) || at + size > to) return;
      const type = fourcc(bytes, at + 4);
      if (type === 'ispe') {
        const d = { width: readUint(bytes, at + header + 4, 4), height: readUint(bytes, at + header + 8, 4) };
        if (!largest || d.width * d.height > largest.width * largest.height) largest = d;
      } else if (CONTAINERS.has(type)) {
        // `meta` is a full box: a version/flags word precedes its children.
        walk(at + header + (type === 'meta' ? 4 : 0), at + size, depth + 1);
      }
      at += size;
    }
  };
  walk(0, bytes.length, 0);
  return largest;
}
