import { fourcc, readUint } from './dimensions.ts';

/** The fields of a PNG's IHDR chunk needed to bound its size. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Reads IHDR, which the format requires to be the first chunk; null when it is missing or malformed. */
export function readPngHeader(bytes: Uint8Array): PngHeader | null {
  if (bytes.length < 33 || fourcc(bytes, 12) !== 'IHDR') return null;
  const header = {
    width: readUint(bytes, 16, 4),
    height: readUint(bytes, 20, 4),
    bitDepth: bytes[24] ?? 0,
    colorType: bytes[25] ?? 0,
    interlaced: bytes[28] === 1,
  };
  return CHANNELS[header.colorType] === undefined ? null : header;
}

/** Bytes the zlib stream must inflate to for this header: every row plus its filter byte (Adam7 passes add a little). */
export function pngInflatedSize(header: PngHeader): number {
  const bitsPerPixel = (CHANNELS[header.colorType] ?? 4) * header.bitDepth;
  const rowBytes = Math.ceil((header.width * bitsPerPixel) / 8) + 1;
  const exact = rowBytes * header.height;
  // Interlaced images repeat a filter byte per pass row; 7 extra rows' worth per pass is a safe upper bound.
  return header.interlaced ? exact + 7 * (header.height + rowBytes) : exact;
}
