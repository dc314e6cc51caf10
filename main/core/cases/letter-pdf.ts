import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** One block of a printed letter, laid out top to bottom. */
export type LetterBlock =
  | { kind: 'title' | 'heading' | 'text'; text: string }
  /** A labelled value on one line ("Date of birth: 1968-07-19"), wrapped if long. */
  | { kind: 'field'; label: string; text: string }
  | { kind: 'bullet'; text: string }
  /** A line to write on by hand ("Signature: ________"). */
  | { kind: 'blank'; label: string; width: number }
  /** Starts a new page unless `height` points are left, so a block (the signatures) is never split. */
  | { kind: 'keep'; height: number };

/** The PDF and, per page, the text it shows (in the original spelling, for search). */
export interface RenderedLetter {
  bytes: Uint8Array;
  pages: string[];
}

// US Letter with margins a fax or printer never clips; one page for a typical request.
const PAGE: [number, number] = [612, 792];
const MARGIN = 60;
const WIDTH = PAGE[0] - 2 * MARGIN;
const STYLE = {
  title: { size: 16, bold: true, before: 0, after: 8 },
  heading: { size: 12, bold: true, before: 10, after: 2 },
  text: { size: 10.5, bold: false, before: 0, after: 3 },
  field: { size: 10.5, bold: false, before: 0, after: 1 },
  bullet: { size: 10.5, bold: false, before: 0, after: 1 },
  blank: { size: 10.5, bold: false, before: 10, after: 3 },
} as const;

/**
 * Makes text drawable with a standard font: characters outside its encoding (WinAnsi) are replaced by
 * their unaccented form when there is one (Ł stays "?" but ő becomes "o"), else by "?", so a name in any
 * script never stops the letter from being made.
 */
export function toDrawable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  let out = '';
  for (const char of text.replace(/[\t\r\n]+/g, ' ')) {
    if (known.has(char.codePointAt(0)!)) {
      out += char;
      continue;
    }
    const base = char
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split('')
      .filter((c) => known.has(c.codePointAt(0)!))
      .join('');
    out += base || '?';
  }
  return out;
}

/** Splits text into lines that fit `width`, word by word, keeping the original and drawable forms in step. */
function wrap(text: string, font: PDFFont, size: number, width: number): { drawn: string; plain: string }[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: { drawn: string; plain: string }[] = [];
  let drawn: string[] = [];
  let plain: string[] = [];
  for (const word of words) {
    const candidate = [...drawn, toDrawable(word, font)].join(' ');
    if (drawn.length && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push({ drawn: drawn.join(' '), plain: plain.join(' ') });
      drawn = [];
      plain = [];
    }
    drawn.push(toDrawable(word, font));
    plain.push(word);
  }
  if (drawn.length) lines.push({ drawn: drawn.join(' '), plain: plain.join(' ') });
  return lines;
}

/** Lays blocks out on Letter pages with a standard font (no font files needed) and saves the PDF. */
export async function renderLetter(
  blocks: LetterBlock[],
  meta: { title: string; footer: string },
): Promise<RenderedLetter> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(meta.title);
  pdf.setCreator('CareBinder');
  pdf.setProducer('CareBinder');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: { page: PDFPage; text: string[] }[] = [];
  let y = 0;

  const newPage = () => {
    pages.push({ page: pdf.addPage(PAGE), text: [] });
    y = PAGE[1] - MARGIN;
  };
  const current = () => pages.at(-1)!;
  const line = (drawn: string, plain: string, x: number, size: number, font: PDFFont) => {
    const height = size * 1.35;
    if (y - height < MARGIN) newPage();
    y -= height;
    current().page.drawText(drawn, { x, y, size, font, color: rgb(0, 0, 0) });
    current().text.push(plain);
  };

  newPage();
  for (const block of blocks) {
    if (block.kind === 'keep') {
      if (y - block.height < MARGIN) newPage();
      continue;
    }
    const style = STYLE[block.kind];
    const font = style.bold ? bold : regular;
    y -= style.before;
    if (block.kind === 'blank') {
      const label = toDrawable(block.label, regular);
      line(label, block.label, MARGIN, style.size, regular);
      const start = MARGIN + regular.widthOfTextAtSize(label, style.size) + 6;
      current().page.drawLine({
        start: { x: start, y: y - 2 },
        end: { x: Math.min(start + block.width, MARGIN + WIDTH), y: y - 2 },
        thickness: 0.7,
        color: rgb(0, 0, 0),
      });
    } else if (block.kind === 'field') {
      const label = `${block.label}: `;
      const indent = bold.widthOfTextAtSize(label, style.size);
      wrap(block.text, regular, style.size, WIDTH - indent).forEach((part, i) => {
        if (i === 0) {
          line(label, label + part.plain, MARGIN, style.size, bold);
          current().page.drawText(part.drawn, { x: MARGIN + indent, y, size: style.size, font: regular });
        } else line(part.drawn, part.plain, MARGIN + indent, style.size, regular);
      });
    } else if (block.kind === 'bullet') {
      wrap(block.text, font, style.size, WIDTH - 16).forEach((part, i) => {
        line(part.drawn, part.plain, MARGIN + 16, style.size, font);
        if (i === 0) current().page.drawText('•', { x: MARGIN + 4, y, size: style.size, font });
      });
    } else {
      for (const part of wrap(block.text, font, style.size, WIDTH))
        line(part.drawn, part.plain, MARGIN, style.size, font);
    }
    y -= style.after;
  }

  pages.forEach(({ page }, i) => {
    const footer = toDrawable(`${meta.footer} — page ${i + 1} of ${pages.length}`, regular);
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8.5, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return { bytes: await pdf.save(), pages: pages.map((p) => p.text.join('\n')) };
}
