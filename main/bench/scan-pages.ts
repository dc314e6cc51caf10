import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { seededRandom } from '../core/classify/seeded-random.ts';

/** The look of a generated page: clean prose, a ruled table, or a phone photo of prose. */
export type ScanPageKind = 'prose' | 'table' | 'photo';

/** A generated scanned-looking page and the exact text printed on it (lines joined by newlines). */
export interface ScanPage {
  kind: ScanPageKind;
  /** PNG for prose and tables (like a flatbed scan), JPEG for photos (like a phone camera). */
  image: Buffer;
  ext: 'png' | 'jpg';
  truth: string;
}

// A hand-written vocabulary of ordinary clinical-letter words (no third-party text).
const WORDS = (
  'patient was seen today in clinic for follow up after surgery the biopsy showed no evidence of residual ' +
  'disease and margins were clear she tolerated the procedure well blood counts remain stable we discussed ' +
  'the plan for adjuvant therapy including risks benefits and alternatives questions were answered next ' +
  'visit scheduled in three weeks with repeat imaging of the chest abdomen and pelvis medication list ' +
  'reviewed and reconciled allergies unchanged appetite improved weight steady pain controlled with ' +
  'acetaminophen as needed referral placed to nutrition and physical therapy family present for discussion'
).split(' ');

const TABLE_ROWS = [
  ['Test', 'Result', 'Units', 'Range'],
  ['Hemoglobin', '12.4', 'g/dL', '12.0-15.5'],
  ['Platelets', '231', 'K/uL', '150-400'],
  ['White cells', '6.8', 'K/uL', '4.0-11.0'],
  ['Creatinine', '0.9', 'mg/dL', '0.6-1.1'],
  ['Sodium', '139', 'mmol/L', '135-145'],
  ['Potassium', '4.1', 'mmol/L', '3.5-5.1'],
  ['Glucose', '97', 'mg/dL', '70-99'],
  ['Albumin', '4.2', 'g/dL', '3.5-5.0'],
  ['Calcium', '9.6', 'mg/dL', '8.6-10.3'],
];

function proseLines(random: () => number, count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    let length = 0;
    while (length < 62) {
      const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'the';
      words.push(word);
      length += word.length + 1;
    }
    const line = words.join(' ');
    lines.push(line.charAt(0).toUpperCase() + line.slice(1) + (random() < 0.3 ? '.' : ''));
  }
  return lines;
}

// US Letter at 300 dpi, the resolution office scanners default to.
const WIDTH = 2550;
const HEIGHT = 3300;
const MARGIN = 250;

function drawPage(kind: ScanPageKind, random: () => number): { png: Buffer; truth: string } {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'alphabetic';
  const truth: string[] = [];
  ctx.font = 'bold 58px "Liberation Sans"';
  const title = kind === 'table' ? 'Laboratory Results' : 'Clinic Visit Note';
  ctx.fillText(title, MARGIN, MARGIN);
  truth.push(title);
  if (kind === 'table') {
    ctx.font = '44px "Liberation Sans"';
    const columns = [MARGIN, MARGIN + 700, MARGIN + 1150, MARGIN + 1550];
    let y = MARGIN + 200;
    ctx.lineWidth = 3;
    for (const row of TABLE_ROWS) {
      row.forEach((cell, i) => ctx.fillText(cell, columns[i] ?? MARGIN, y));
      ctx.beginPath();
      ctx.moveTo(MARGIN - 20, y + 30);
      ctx.lineTo(WIDTH - MARGIN, y + 30);
      ctx.stroke();
      truth.push(row.join(' '));
      y += 110;
    }
    ctx.font = '46px "Liberation Serif"';
    for (const line of proseLines(random, 12)) {
      y += 80;
      ctx.fillText(line, MARGIN, y);
      truth.push(line);
    }
  } else {
    ctx.font = '46px "Liberation Serif"';
    let y = MARGIN + 160;
    for (const line of proseLines(random, 36)) {
      ctx.fillText(line, MARGIN, y);
      truth.push(line);
      y += 76;
    }
  }
  return { png: canvas.toBuffer('image/png'), truth: truth.join('\n') };
}

/** Turns a clean page into a phone photo: slight rotation, a shadow across it, sensor noise, JPEG. */
async function photograph(png: Buffer, random: () => number): Promise<Buffer> {
  const angle = 1.5 + random() * 1.5;
  const rotated = await sharp(png)
    .rotate(angle, { background: '#d8d4cc' })
    .blur(0.7)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = rotated.info;
  const pixels = rotated.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // A soft shadow falling from the top-left corner plus per-pixel noise.
      const shade = 0.72 + 0.28 * Math.min(1, (x / width + y / height) / 1.2);
      const noise = (random() - 0.5) * 28;
      const i = (y * width + x) * channels;
      for (let c = 0; c < 3; c++)
        pixels[i + c] = Math.max(0, Math.min(255, (pixels[i + c] ?? 0) * shade + noise));
    }
  }
  return sharp(pixels, { raw: { width, height, channels } })
    .resize({ width: 3024 })
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** Draws `count` pages cycling prose, table, photo, deterministically from `seed`. */
export async function makeScanPages(count: number, seed = 7): Promise<ScanPage[]> {
  const random = seededRandom(seed);
  const kinds: ScanPageKind[] = ['prose', 'table', 'photo'];
  const pages: ScanPage[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length] ?? 'prose';
    const { png, truth } = drawPage(kind, random);
    if (kind === 'photo') pages.push({ kind, image: await photograph(png, random), ext: 'jpg', truth });
    else pages.push({ kind, image: png, ext: 'png', truth });
  }
  return pages;
}

/** Character error rate: edit distance over the truth length, whitespace runs collapsed first. */
export function characterErrorRate(truth: string, recognised: string): number {
  const a = truth.replace(/\s+/g, ' ').trim();
  const b = recognised.replace(/\s+/g, ' ').trim();
  if (a.length === 0) return b.length === 0 ? 0 : 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return (previous[b.length] ?? 0) / a.length;
}
