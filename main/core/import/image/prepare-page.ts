import type { Sharp } from 'sharp';
import type { OcrImage } from '../../ocr/ocr.types.ts';
import { OCR_LONG_SIDE } from '../ocr-resolution.ts';
import { fromGray, toGray } from './gray.ts';

/** A page ready for OCR: grayscale, at OCR resolution, with uneven lighting flattened. */
export interface PreparedPage {
  image: OcrImage;
  /** A small copy for cheap layout checks (orientation). */
  thumbnail: OcrImage;
}

// Pictures much smaller than a page scan (screenshots, thumbnails) are enlarged so letters reach a readable size.
const SMALL_LONG_SIDE = 1800;
const THUMBNAIL_LONG_SIDE = 800;
// The background (paper and shadow) is estimated on a copy this many times smaller, which is nearly free.
const BACKGROUND_SHRINK = 16;

// The darkest ink is stretched to black, ignoring this share of outlier pixels (noise, dust).
const INK_PERCENTILE = 0.002;

/**
 * Bilinear weights for stretching `small` samples across `large` pixels (pixel centres aligned), so the
 * full-size background never has to exist as an image: each pixel blends two samples per axis.
 */
function stretchAxis(small: number, large: number): { lo: Int32Array; hi: Int32Array; w: Float32Array } {
  const lo = new Int32Array(large);
  const hi = new Int32Array(large);
  const w = new Float32Array(large);
  const ratio = small / large;
  for (let i = 0; i < large; i++) {
    const at = Math.min(Math.max((i + 0.5) * ratio - 0.5, 0), small - 1);
    const base = Math.floor(at);
    lo[i] = base;
    hi[i] = Math.min(base + 1, small - 1);
    w[i] = at - base;
  }
  return { lo, hi, w };
}

/**
 * Divides each pixel by a heavily blurred estimate of the paper behind it, so a shadow or a dim corner
 * becomes white paper again, then stretches the darkest ink to black (a phone photo of a letter needs
 * both before thresholding; a clean scan is barely changed). The paper is estimated on a copy 16 times
 * smaller and interpolated on the fly, one row at a time: a full-size upscaled copy cost more than the
 * whole division pass.
 */
async function flattenAndStretch(page: OcrImage): Promise<OcrImage> {
  const { gray, width, height } = page;
  const small = await toGray(
    fromGray(gray, width, height)
      .resize(
        Math.max(1, Math.round(width / BACKGROUND_SHRINK)),
        Math.max(1, Math.round(height / BACKGROUND_SHRINK)),
      )
      .blur(4),
  );
  const columns = stretchAxis(small.width, width);
  const rows = stretchAxis(small.height, height);
  const paperRow = new Float32Array(small.width);
  const out = Buffer.allocUnsafe(gray.length);
  const histogram = new Uint32Array(256);
  for (let y = 0; y < height; y++) {
    const top = (rows.lo[y] ?? 0) * small.width;
    const bottom = (rows.hi[y] ?? 0) * small.width;
    const wy = rows.w[y] ?? 0;
    for (let x = 0; x < small.width; x++) {
      const a = small.gray[top + x] ?? 255;
      paperRow[x] = a + ((small.gray[bottom + x] ?? 255) - a) * wy;
    }
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const left = paperRow[columns.lo[x] ?? 0] ?? 255;
      const paper = Math.max(left + ((paperRow[columns.hi[x] ?? 0] ?? 255) - left) * (columns.w[x] ?? 0), 48);
      const value = Math.min(255, (((gray[i] ?? 255) * 255) / paper) | 0);
      out[i] = value;
      histogram[value] = (histogram[value] ?? 0) + 1;
    }
  }
  let low = 0;
  for (let seen = 0; low < 255; low++) {
    seen += histogram[low] ?? 0;
    if (seen > gray.length * INK_PERCENTILE) break;
  }
  low = Math.min(low, 192); // a blank page keeps its (white) values
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++)
    table[v] = Math.max(0, Math.min(255, Math.round(((v - low) * 255) / (255 - low))));
  for (let i = 0; i < out.length; i++) out[i] = table[out[i] ?? 255] ?? 255;
  return { gray: out, width, height };
}

/**
 * Turns a decoded page (any colour space, already upright by EXIF) into the grayscale image OCR reads:
 * scaled to about 300 dpi, lighting flattened, contrast stretched.
 */
export async function preparePage(page: Sharp): Promise<PreparedPage> {
  const { width, height } = await page.metadata();
  const longSide = Math.max(width, height);
  const scale = longSide > OCR_LONG_SIDE ? OCR_LONG_SIDE / longSide : longSide < SMALL_LONG_SIDE ? 2 : 1;
  // Transparent areas become white paper; one luminance channel is all OCR needs.
  let pipeline = page.flatten({ background: '#ffffff' });
  // The long side is the same whichever way EXIF turns the picture, so the box is square.
  const target = Math.round(longSide * scale);
  if (scale !== 1) pipeline = pipeline.resize({ width: target, height: target, fit: 'inside' });
  const scaled = await toGray(pipeline);
  const image = await flattenAndStretch(scaled);
  const t = THUMBNAIL_LONG_SIDE / Math.max(image.width, image.height);
  const thumbnail = await toGray(
    fromGray(image.gray, image.width, image.height).resize(
      Math.max(1, Math.round(image.width * t)),
      Math.max(1, Math.round(image.height * t)),
    ),
  );
  return { image, thumbnail };
}

/** Rotates a grayscale image clockwise by a multiple of 90°. */
export function rotateImage(image: OcrImage, degrees: 0 | 90 | 180 | 270): Promise<OcrImage> | OcrImage {
  if (degrees === 0) return image;
  return toGray(fromGray(image.gray, image.width, image.height).rotate(degrees));
}

/** PNG of the page image, for the vault to keep beside the text read from it. */
export function encodePagePng(image: OcrImage): Promise<Buffer> {
  return fromGray(image.gray, image.width, image.height)
    .toColourspace('b-w')
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}
