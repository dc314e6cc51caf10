import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable, type PacketFonts } from './pdf-fonts.ts';

export const LETTER: [number, number] = [612, 792];
export const MARGIN = 54;
/** Top of the text area: leaves room for the running header line. */
const TOP = 60;
/** Bottom of the text area: leaves room for the footer the packet stamps on every page. */
const BOTTOM = 48;

/** One table column: heading and share of the text width. */
export interface Column {
  title: string;
  width: number;
}

/**
 * A small flowing-text layout engine over pdf-lib: wrapped paragraphs, headings, key/value lines and
 * tables whose header repeats on each page. With `draw: false` it only counts pages (the first pass that
 * tells the index where the appendix will start); with `insertAt` it inserts pages from that index on.
 */
export class PdfWriter {
  readonly pdf: PDFDocument;
  readonly fonts: PacketFonts;
  private readonly draw: boolean;
  private readonly runningHeader: string;
  private insertAt: number | null;
  private page: PDFPage | null = null;
  /** Pages begun so far. */
  pageCount = 0;
  /** 0-based index in the document of the page being written (for outline entries). */
  pageIndex = -1;
  y = 0;

  constructor(
    pdf: PDFDocument,
    fonts: PacketFonts,
    options: { draw: boolean; runningHeader: string; insertAt?: number },
  ) {
    this.pdf = pdf;
    this.fonts = fonts;
    this.draw = options.draw;
    this.runningHeader = options.runningHeader;
    this.insertAt = options.insertAt ?? null;
  }

  get width(): number {
    return LETTER[0] - 2 * MARGIN;
  }

  /** Starts a new page with the running header line. */
  newPage(): void {
    this.pageCount++;
    this.y = LETTER[1] - TOP;
    if (!this.draw) return;
    if (this.insertAt !== null) {
      this.page = this.pdf.insertPage(this.insertAt, LETTER);
      this.pageIndex = this.insertAt++;
    } else {
      this.page = this.pdf.addPage(LETTER);
      this.pageIndex = this.pdf.getPageCount() - 1;
    }
    if (this.runningHeader) this.text(this.runningHeader, MARGIN, LETTER[1] - 34, 8, this.fonts.regular, 0.4);
  }

  /** Makes sure `height` points fit on the current page, starting a new one if not. */
  ensure(height: number): void {
    if (this.pageCount === 0) this.newPage();
    if (this.y - height < BOTTOM) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  heading(text: string, size = 15): void {
    this.ensure(size * 2.6);
    this.y -= size * 0.6;
    this.text(text, MARGIN, this.y - size, size, this.fonts.bold, 0);
    this.y -= size * 1.6;
  }

  /** A wrapped paragraph; `indent` in points. */
  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; gray?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    for (const line of wrap(text, font, size, this.width - indent)) {
      this.ensure(size * 1.35);
      this.text(line, MARGIN + indent, this.y - size, size, font, options.gray ?? 0);
      this.y -= size * 1.35;
    }
  }

  /** "Label: value" with the label in bold and the value wrapped beside it. */
  labelled(label: string, value: string, size = 10): void {
    const labelWidth = 118;
    const lines = wrap(value, this.fonts.regular, size, this.width - labelWidth);
    lines.forEach((line, i) => {
      this.ensure(size * 1.35);
      if (i === 0) this.text(label, MARGIN, this.y - size, size, this.fonts.bold, 0);
      this.text(line, MARGIN + labelWidth, this.y - size, size, this.fonts.regular, 0);
      this.y -= size * 1.35;
    });
  }

  /** A table with wrapped cells; the header row is repeated on every page the table runs onto. */
  table(columns: Column[], rows: string[][], size = 8.5): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const lineHeight = size * 1.3;
    const drawRow = (cells: string[], bold: boolean) => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const wrapped = cells.map((cell, i) => wrap(cell, font, size, widths[i]! - 6));
      const height = Math.max(1, ...wrapped.map((w) => w.length)) * lineHeight + 4;
      if (this.y - height < BOTTOM) {
        this.newPage();
        if (!bold)
          drawRow(
            columns.map((c) => c.title),
            true,
          );
      }
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, j) => this.text(line, x + 2, this.y - size - 2 - j * lineHeight, size, font, 0));
        x += widths[i]!;
      });
      this.y -= height;
      this.rule(bold ? 0.8 : 0.3);
    };
    this.ensure(lineHeight * 3);
    drawRow(
      columns.map((c) => c.title),
      true,
    );
    for (const row of rows) drawRow(row, false);
  }

  /** A horizontal line at the current position. */
  rule(thickness = 0.5): void {
    if (!this.page) return;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness,
      color: rgb(0.6, 0.6, 0.6),
    });
  }

  /** A filled rectangle in page coordinates (charts). */
  rect(x: number, y: number, width: number, height: number, gray: number): void {
    if (!this.page) return;
    this.page.drawRectangle({ x, y, width, height, color: rgb(gray, gray, gray) });
  }

  /** Draws one line of text at page coordinates (no wrapping). */
  text(text: string, x: number, y: number, size: number, font: PDFFont, gray: number): void {
    if (!this.page || !text) return;
    this.page.drawText(text, { x, y, size, font, color: rgb(gray, gray, gray) });
  }
}

/** Splits text into lines that fit `width` (words kept whole unless one alone is too wide). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text.replace(/\r\n?/g, '\n')).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
