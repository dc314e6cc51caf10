/**
 * A minimal text-layer PDF (Letter pages, Helvetica, one text line per input line), written directly:
 * the load benchmark needs ten thousand small, distinct originals, and pdf-lib takes about 10 ms for
 * each. The output is a plain PDF 1.4 with a correct cross-reference table, which pdf-lib, pdf.js and
 * qpdf read like any other.
 */

const LINE_HEIGHT = 12;
const TOP = 750;
const MAX_LINES = Math.floor((TOP - 40) / LINE_HEIGHT);

/** Escapes a line for a PDF literal string; characters outside printable ASCII become '?'. */
function pdfString(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Wraps text to lines of at most `width` characters (the page shows about 95 at 9 pt). */
function wrap(text: string, width = 95): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** A PDF with one page per string in `pages`, each page's text wrapped and cut to what fits. */
export function tinyPdf(pages: readonly string[]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, i) => 4 + i * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [i, text] of pages.entries()) {
    const lines = wrap(text).slice(0, MAX_LINES);
    const stream =
      `BT /F1 9 Tf ${LINE_HEIGHT} TL 50 ${TOP} Td ` +
      lines.map((line) => `(${pdfString(line)}) Tj T*`).join(' ') +
      ' ET';
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> ` +
        `/Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
