import { readUint, type Dimensions } from './dimensions.ts';

const TAG_WIDTH = 256;
const TAG_HEIGHT = 257;
const TYPE_SHORT = 3;

/**
 * Follows the IFD chain of a classic TIFF and reads each page's size. Stops (and reports it) after
 * `maxPages + 1` pages, so a looping or endless chain cannot keep it busy.
 */
export function readTiffPages(bytes: Uint8Array, maxPages: number): Dimensions[] | null {
  const le = bytes[0] === 0x49;
  const pages: Dimensions[] = [];
  const seen = new Set<number>();
  let offset = readUint(bytes, 4, 4, le);
  while (offset !== 0 && pages.length <= maxPages) {
    if (!Number.isFinite(offset) || seen.has(offset)) return null;
    seen.add(offset);
    const count = readUint(bytes, offset, 2, le);
    if (!Number.isFinite(count)) return null;
    const page = { width: 0, height: 0 };
    for (let i = 0; i < count; i++) {
      const entry = offset + 2 + i * 12;
      const tag = readUint(bytes, entry, 2, le);
      if (tag !== TAG_WIDTH && tag !== TAG_HEIGHT) continue;
      const type = readUint(bytes, entry + 2, 2, le);
      const value =
        type === TYPE_SHORT ? readUint(bytes, entry + 8, 2, le) : readUint(bytes, entry + 8, 4, le);
      if (tag === TAG_WIDTH) page.width = value;
      else page.height = value;
    }
    pages.push(page);
    offset = readUint(bytes, offset + 2 + count * 12, 4, le);
  }
  return pages;
}
