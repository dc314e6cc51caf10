import sharp, { type Sharp } from 'sharp';
import type { OcrImage } from '../../ocr/ocr.types.ts';

/** A sharp pipeline reading one-channel grayscale pixels. */
export const fromGray = (gray: Uint8Array, width: number, height: number): Sharp =>
  sharp(gray, { raw: { width, height, channels: 1 } });

/** Runs a pipeline to one-channel grayscale pixels (sharp otherwise widens single-channel input to sRGB). */
export async function toGray(pipeline: Sharp): Promise<OcrImage> {
  const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel, got ${info.channels}`);
  return { gray: data, width: info.width, height: info.height };
}
