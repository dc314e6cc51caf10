import { constants, deflateRawSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';

/** Lines printed on generated test pictures (hand-written, not from any corpus). */
export const SAMPLE_LINES = [
  'Surgical pathology report',
  'Margins are clear of tumor',
  'Follow up in three weeks',
];

/** A white picture with the sample lines in large black type, as PNG. */
export function textPicture(lines: string[] = SAMPLE_LINES): Buffer {
  const canvas = createCanvas(1900, 160 + lines.length * 110);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  ctx.font = '64px "Liberation Sans"';
  lines.forEach((line, i) => ctx.fillText(line, 90, 140 + i * 110));
  return canvas.toBuffer('image/png');
}

/** A digital PDF whose pages carry a real text layer. */
export async function textPdf(pageTexts: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pageTexts) doc.addPage([612, 792]).drawText(text, { x: 50, y: 700, size: 12, font });
  return doc.save();
}

/** A scanned PDF: one page holding only a picture, no text layer. */
export async function scannedPdf(png: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([612, (612 * image.height) / image.width]);
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  return doc.save();
}

/** A PDF with many blank pages (for the page limit). */
export async function manyPagePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]);
  return doc.save();
}

/**
 * A PDF encrypted with the standard security handler and a user password: an /Encrypt dictionary
 * whose password check values match no empty password, as a password-protected export has.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  const ctx = doc.context;
  const check = (byte: string) => PDFHexString.of(byte.repeat(32));
  const encrypt = ctx.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: PDFNumber.of(-44) });
  encrypt.set(PDFName.of('O'), check('4f'));
  encrypt.set(PDFName.of('U'), check('a5'));
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([
    PDFHexString.of('0123456789abcdef0123456789abcdef'),
    PDFHexString.of('0123456789abcdef0123456789abcdef'),
  ]);
  return doc.save({ useObjectStreams: false });
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  // CRCs are not checked before the size checks under test, so zero is enough here.
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** A PNG header declaring `width` × `height` 8-bit grayscale, followed by `idat` as its compressed data. */
export function pngWith(width: number, height: number, idat: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/**
 * A zlib stream that inflates to `gigabytes` GB of zeros, built in milliseconds: one 64 MB run of zeros
 * is deflated once with a sync flush (so it ends on a byte boundary and refers only to itself) and the
 * segment is repeated. The checksum is left zero: inflating this far is exactly what must not happen.
 */
export function zlibBomb(gigabytes: number): Buffer {
  const segment = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const copies = Math.ceil((gigabytes * 1024) / 64);
  const finalBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: copies }, () => segment),
    finalBlock,
    Buffer.alloc(4),
  ]);
}
