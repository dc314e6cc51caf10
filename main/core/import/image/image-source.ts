import sharp, { type Sharp } from 'sharp';
import type { ImportLimits } from '../limits.ts';
import { REASONS, refuse } from '../refusal.ts';
import { decodeHeic } from './heic-decode.ts';

/** A picture file as a list of pages, each a sharp pipeline already turned upright by its EXIF orientation. */
export interface ImageSource {
  pageCount: number;
  page(index: number): Sharp;
}

type ImageKind = 'jpeg' | 'png' | 'tiff' | 'webp' | 'heic';

/**
 * Opens a picture for reading. sharp's `limitInputPixels` repeats the header check inside the decoder,
 * so a picture whose header lied about its size still cannot allocate more than the limit.
 */
export async function openImage(
  bytes: Uint8Array,
  kind: ImageKind,
  limits: ImportLimits,
): Promise<ImageSource> {
  const options = { limitInputPixels: limits.maxPixels, failOn: 'error' as const };
  if (kind === 'heic') {
    const { rgba, width, height } = await decodeHeic(bytes);
    return { pageCount: 1, page: () => sharp(rgba, { raw: { width, height, channels: 4 }, ...options }) };
  }
  let pageCount = 1;
  if (kind === 'tiff') {
    try {
      pageCount = (await sharp(bytes, options).metadata()).pages ?? 1;
    } catch (error) {
      throw refuse(REASONS.imageDamaged, error);
    }
  }
  return {
    pageCount,
    page: (index) => sharp(bytes, { ...options, page: index }).rotate(),
  };
}
