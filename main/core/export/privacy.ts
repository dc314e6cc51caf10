import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import type { OcrBox } from '../ocr/ocr.types.ts';

const INFO_KEYS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const;

/**
 * Removes what a PDF says about who made it and with what (author, producer, creator, title, XMP
 * metadata, application private data): a packet should carry the record, not the scanner operator's
 * name or the hospital's software. Dates are reset to neutral values too.
 */
export function neutralizePdfMetadata(pdf: PDFDocument): void {
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  if (info instanceof PDFDict) for (const key of INFO_KEYS) info.delete(PDFName.of(key));
  pdf.catalog.delete(PDFName.of('Metadata'));
  pdf.catalog.delete(PDFName.of('PieceInfo'));
  for (const page of pdf.getPages()) {
    page.node.delete(PDFName.of('Metadata'));
    page.node.delete(PDFName.of('PieceInfo'));
  }
}

/**
 * Re-encodes an image with no metadata at all (EXIF with GPS position, camera serial, XMP, IPTC):
 * sharp writes none unless asked. The EXIF orientation is applied to the pixels first so the picture
 * stays upright without it.
 */
export async function cleanImage(bytes: Uint8Array, format: 'jpeg' | 'png'): Promise<Buffer> {
  const image = sharp(bytes, { failOn: 'none' }).rotate();
  return format === 'jpeg' ? image.jpeg({ quality: 90 }).toBuffer() : image.png().toBuffer();
}

/** A page image with black boxes over `boxes` (pixel coordinates of that image), as PNG. */
export async function blackOut(png: Uint8Array, boxes: OcrBox[]): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const pad = 3;
  const overlays = boxes
    .map((b) => {
      const left = Math.max(0, Math.floor(b.x0) - pad);
      const top = Math.max(0, Math.floor(b.y0) - pad);
      return {
        left,
        top,
        w: Math.min(width, Math.ceil(b.x1) + pad) - left,
        h: Math.min(height, Math.ceil(b.y1) + pad) - top,
      };
    })
    .filter((b) => b.w > 0 && b.h > 0)
    .map((b) => ({
      input: { create: { width: b.w, height: b.h, channels: 3 as const, background: '#000000' } },
      left: b.left,
      top: b.top,
    }));
  return sharp(png).composite(overlays).png().toBuffer();
}
