import { readUint, type Dimensions } from './dimensions.ts';
import { isoBoxes } from './iso-boxes.ts';

// Boxes whose children lead from the file to the image spatial extents: meta → iprp → ipco → ispe.
const CONTAINERS = new Set(['meta', 'iprp', 'ipco']);

/**
 * Finds every `ispe` (image spatial extents) property and returns the largest, which is the primary
 * image (thumbnails and grid tiles are smaller). Null when the file declares none.
 */
export function readHeifDimensions(bytes: Uint8Array): Dimensions | null {
  let largest: Dimensions | null = null;
  const walk = (from: number, to: number, depth: number): void => {
    if (depth >= 6) return;
    for (const box of isoBoxes(bytes, from, to)) {
      if (box.type === 'ispe') {
        const d = { width: readUint(bytes, box.body + 4, 4), height: readUint(bytes, box.body + 8, 4) };
        if (!largest || d.width * d.height > largest.width * largest.height) largest = d;
      } else if (CONTAINERS.has(box.type)) {
        // `meta` is a full box: a version/flags word precedes its children.
        walk(box.body + (box.type === 'meta' ? 4 : 0), box.end, depth + 1);
      }
    }
  };
  walk(0, bytes.length, 0);
  return largest;
}
