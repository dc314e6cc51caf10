import type { OcrImage } from './ocr.types.ts';

/**
 * Wraps grayscale pixels as a binary PGM file. The engine reads PGM without decompressing anything,
 * which is measurably faster than handing it a PNG it must inflate itself.
 */
export function toPgm(image: OcrImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.gray.length);
  out.set(header, 0);
  out.set(image.gray, header.length);
  return out;
}
