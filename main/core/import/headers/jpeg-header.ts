import { readUint, type Dimensions } from './dimensions.ts';

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Walks the marker segments up to the first SOF and reads its size; null if there is none before the scan. */
export function readJpegDimensions(bytes: Uint8Array): Dimensions | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan or end reached without a frame header
    const length = readUint(bytes, at + 2, 2);
    if (!(length >= 2)) return null;
    if (isStartOfFrame(marker))
      return { height: readUint(bytes, at + 5, 2), width: readUint(bytes, at + 7, 2) };
    at += 2 + length;
  }
  return null;
}
