import { fourcc, readUint, type Dimensions } from './dimensions.ts';

/** Reads the canvas size from the first chunk of a WebP (lossy VP8, lossless VP8L or extended VP8X). */
export function readWebpDimensions(bytes: Uint8Array): Dimensions | null {
  switch (fourcc(bytes, 12)) {
    case 'VP8 ':
      // 3-byte frame tag and the 9d 01 2a start code precede two 14-bit sizes.
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
      return { width: readUint(bytes, 26, 2, true) & 0x3fff, height: readUint(bytes, 28, 2, true) & 0x3fff };
    case 'VP8L': {
      if (bytes[20] !== 0x2f) return null;
      const bits = readUint(bytes, 21, 4, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: readUint(bytes, 24, 3, true) + 1, height: readUint(bytes, 27, 3, true) + 1 };
    default:
      return null;
  }
}
