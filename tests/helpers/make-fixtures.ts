import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** A digital PDF (real text layer) with one page per entry of `pages`, drawn with a standard font. */
export async function makeTextPdf(pages: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 18, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A scanned-looking page: black text on off-white at ~150 dpi, as a PNG (or JPEG), optionally rotated. */
export async function makeScan(
  lines: string[],
  options: { format?: 'png' | 'jpeg'; rotate?: 0 | 90 | 180 | 270; width?: number } = {},
): Promise<Buffer> {
  const width = options.width ?? 1275;
  const height = Math.round(width * 1.294);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111111';
  const size = Math.round(width / 42);
  ctx.font = `${size}px "DejaVu Sans", "Liberation Sans", sans-serif`;
  lines.forEach((line, i) => ctx.fillText(line, width * 0.08, width * 0.12 + i * size * 1.6));
  let image = sharp(canvas.toBuffer('image/png'));
  if (options.rotate) image = image.rotate(options.rotate);
  return options.format === 'jpeg' ? image.jpeg({ quality: 85 }).toBuffer() : image.png().toBuffer();
}
