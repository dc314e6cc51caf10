import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable, type PacketFonts } from './pdf-fonts.ts';
import type { PdfTags, StructNode, StructOptions, StructType } from './pdf-tags.ts';

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

/** How a paragraph is set: size, weight, indent in points, gray level, and its structure role. */
export interface ParagraphOptions {
  size?: number;
  bold?: boolean;
  indent?: number;
  gray?: number;
  /** The structure element the paragraph is (default P; LBody for a list item's text). */
  role?: Extract<StructType, 'P' | 'LBody'>;
}

/** Who a drawn run belongs to: a structure element, or an artifact (layout or pagination). */
type Owner = StructNode | null | 'layout' | 'pagination';

/**
 * A small flowing-text layout engine over pdf-lib: wrapped paragraphs, headings, key/value lines and
 * tables whose header repeats on each page. With `draw: false` it only counts pages (the first pass that
 * tells the index where the appendix will start); with `insertAt` it inserts pages from that index on.
 * With `tags` every text run it draws is tagged: headings, paragraphs, lists, tables and figures become
 * structure elements and headers, footers and rules artifacts, so a screen reader reads the summary in order.
 */
export class PdfWriter {
  readonly pdf: PDFDocument;
  readonly fonts: PacketFonts;
  private readonly draw: boolean;
  private readonly runningHeader: string;
  private readonly tags: PdfTags | null;
  /** Open structure groups (a list, a figure…): new elements and loose drawing go into the innermost. */
  private readonly groups: StructNode[] = [];
  private insertAt: number | null;
  private page: PDFPage | null = null;
  /** Pages begun so far (with `insertAt: 0`, also the 0-based index in the document of the next page). */
  pageCount = 0;
  y = 0;

  constructor(
    pdf: PDFDocument,
    fonts: PacketFonts,
    options: { draw: boolean; runningHeader: string; insertAt?: number; tags?: PdfTags },
  ) {
    this.pdf = pdf;
    this.fonts = fonts;
    this.draw = options.draw;
    this.runningHeader = options.runningHeader;
    this.insertAt = options.insertAt ?? null;
    this.tags = options.draw ? (options.tags ?? null) : null;
  }

  get width(): number {
    return LETTER[0] - 2 * MARGIN;
  }

  /** Height left on the current page above the footer band. */
  get room(): number {
    return this.pageCount === 0 ? LETTER[1] - TOP - BOTTOM : this.y - BOTTOM;
  }

  /** Starts a new page with the running header line. */
  newPage(): void {
    this.pageCount++;
    this.y = LETTER[1] - TOP;
    if (!this.draw) return;
    this.page =
      this.insertAt === null ? this.pdf.addPage(LETTER) : this.pdf.insertPage(this.insertAt++, LETTER);
    if (this.runningHeader)
      this.put('pagination', this.runningHeader, MARGIN, LETTER[1] - 34, 8, this.fonts.regular, 0.4);
  }

  /** Makes sure `height` points fit on the current page, starting a new one if not. */
  ensure(height: number): void {
    if (this.pageCount === 0) this.newPage();
    if (this.y - height < BOTTOM) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  /** A heading: level 1 for a part of the summary, 2 for a section within it (sized to match by default). */
  heading(text: string, size = 15, level: 1 | 2 = size >= 15 ? 1 : 2): void {
    this.ensure(size * 2.6);
    this.y -= size * 0.6;
    this.put(this.element(level === 1 ? 'H1' : 'H2'), text, MARGIN, this.y - size, size, this.fonts.bold, 0);
    this.y -= size * 1.6;
  }

  /** A wrapped paragraph; `indent` in points. */
  paragraph(text: string, options: ParagraphOptions = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    const owner = text.trim() ? this.element(options.role ?? 'P') : null;
    for (const line of wrap(text, font, size, this.width - indent)) {
      this.ensure(size * 1.35);
      this.put(owner, line, MARGIN + indent, this.y - size, size, font, options.gray ?? 0);
      this.y -= size * 1.35;
    }
  }

  /** The height `paragraph(text, options)` would take (for fitting content to what is left of a page). */
  paragraphHeight(text: string, options: ParagraphOptions = {}): number {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    return wrap(text, font, size, this.width - (options.indent ?? 0)).length * size * 1.35;
  }

  /** "Label: value" with the label in bold and the value wrapped beside it. */
  labelled(label: string, value: string, size = 10): void {
    const labelWidth = 118;
    const owner = this.element('P');
    const lines = wrap(value, this.fonts.regular, size, this.width - labelWidth);
    lines.forEach((line, i) => {
      this.ensure(size * 1.35);
      if (i === 0) this.put(owner, label, MARGIN, this.y - size, size, this.fonts.bold, 0);
      this.put(owner, line, MARGIN + labelWidth, this.y - size, size, this.fonts.regular, 0);
      this.y -= size * 1.35;
    });
  }

  /**
   * A table with wrapped cells; the header row is repeated on every page the table runs onto (as an
   * artifact: the table's one header row, tagged TH, already names the columns).
   */
  table(columns: Column[], rows: string[][], size = 8.5): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const lineHeight = size * 1.3;
    const table = this.element('Table');
    const drawRow = (cells: string[], kind: 'header' | 'repeated' | 'body') => {
      const font = kind === 'body' ? this.fonts.regular : this.fonts.bold;
      const wrapped = cells.map((cell, i) => wrap(cell, font, size, widths[i]! - 6));
      const height = Math.max(1, ...wrapped.map((w) => w.length)) * lineHeight + 4;
      if (this.y - height < BOTTOM) {
        this.newPage();
        if (kind === 'body')
          drawRow(
            columns.map((c) => c.title),
            'repeated',
          );
      }
      const row = kind === 'repeated' ? null : this.element('TR', {}, table);
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        const cell =
          kind === 'repeated'
            ? 'pagination'
            : this.element(
                kind === 'header' ? 'TH' : 'TD',
                kind === 'header' ? { scope: 'Column' } : {},
                row,
              );
        lines.forEach((line, j) =>
          this.put(cell, line, x + 2, this.y - size - 2 - j * lineHeight, size, font, 0),
        );
        x += widths[i]!;
      });
      this.y -= height;
      this.rule(kind === 'body' ? 0.3 : 0.8);
    };
    this.ensure(lineHeight * 3);
    drawRow(
      columns.map((c) => c.title),
      'header',
    );
    for (const row of rows) drawRow(row, 'body');
  }

  /**
   * Everything drawn inside `draw` belongs to one new structure element of `type`: a list and its items,
   * or a figure (whose text and shapes a screen reader replaces with `options.alt`).
   */
  group(
    type: Extract<StructType, 'L' | 'LI' | 'LBody' | 'Figure'>,
    draw: () => void,
    options: StructOptions = {},
  ): void {
    const node = this.element(type, options);
    if (node) this.groups.push(node);
    try {
      draw();
    } finally {
      if (node) this.groups.pop();
    }
  }

  /** A horizontal line at the current position (a layout artifact). */
  rule(thickness = 0.5): void {
    const page = this.page;
    if (!page) return;
    this.mark('layout', () =>
      page.drawLine({
        start: { x: MARGIN, y: this.y },
        end: { x: MARGIN + this.width, y: this.y },
        thickness,
        color: rgb(0.6, 0.6, 0.6),
      }),
    );
  }

  /** A filled rectangle in page coordinates (charts), part of the open group (a figure). */
  rect(x: number, y: number, width: number, height: number, gray: number): void {
    const page = this.page;
    if (!page) return;
    this.mark(this.groups.at(-1) ?? 'layout', () =>
      page.drawRectangle({ x, y, width, height, color: rgb(gray, gray, gray) }),
    );
  }

  /** Draws one line of text at page coordinates (no wrapping), as part of the open group (a figure). */
  text(text: string, x: number, y: number, size: number, font: PDFFont, gray: number): void {
    this.put(this.groups.at(-1) ?? 'layout', text, x, y, size, font, gray);
  }

  /** A new structure element under `parent` (default: the innermost open group); none when untagged. */
  private element(
    type: StructType,
    options: StructOptions = {},
    parent?: StructNode | null,
  ): StructNode | null {
    if (!this.tags) return null;
    return this.tags.add(parent ?? this.groups.at(-1) ?? this.tags.root, type, options);
  }

  /** Draws on the current page as content of `owner`, or as an artifact. */
  private mark(owner: Owner, draw: () => void): void {
    const page = this.page;
    if (!page) return;
    if (!this.tags) draw();
    else if (owner === 'pagination') this.tags.artifact(page, draw, 'Pagination');
    else if (owner === 'layout' || owner === null) this.tags.artifact(page, draw, 'Layout');
    else this.tags.mark(page, owner, draw);
  }

  private put(
    owner: Owner,
    text: string,
    x: number,
    y: number,
    size: number,
    font: PDFFont,
    gray: number,
  ): void {
    const page = this.page;
    if (!page || !text) return;
    this.mark(owner, () => page.drawText(text, { x, y, size, font, color: rgb(gray, gray, gray) }));
  }
}

/** Splits text into lines that fit `width` (words kept whole unless one alone is too wide). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  // Split before cleaning: printable() drops control characters, line breaks among them.
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n').map(printable)) {
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
