import { PDFDocument, rgb } from 'pdf-lib';
import type { AppendixPart } from './outgoing-document.service.ts';
import type { PacketFonts } from './pdf-fonts.ts';
import { LETTER, MARGIN, PdfWriter } from './pdf-writer.ts';

/** What appending one document added: its pages and which of them are copied PDF pages. */
export interface AppendedDocument {
  firstIndex: number;
  pageCount: number;
  /** Indices of pages copied from an original PDF (they get header/footer bands added around them). */
  copied: number[];
}

/**
 * The documents the packet PDF holds: those with something to lay out. Audio recordings have no parts —
 * they travel as files in the folder and ZIP, listed in the index as not included in the PDF.
 */
export function documentsInPdf<T extends { parts: AppendixPart[] }>(documents: T[]): T[] {
  return documents.filter((doc) => doc.parts.length > 0);
}

/**
 * Appends a document's parts to `pdf`: original PDF pages copied as they are (text, fonts and links
 * kept), pictures each on a page of their own fitted inside the margins, text typeset. `header`, when
 * given, is printed at the top of pages this function draws (copied pages get theirs as a band later).
 */
export async function appendParts(
  pdf: PDFDocument,
  fonts: PacketFonts,
  parts: AppendixPart[],
  header: string | null,
): Promise<AppendedDocument> {
  const firstIndex = pdf.getPageCount();
  const copied: number[] = [];
  for (const part of parts) {
    if (part.kind === 'pdf') {
      const source = await PDFDocument.load(part.bytes, { updateMetadata: false });
      const indices = part.pages ?? source.getPageIndices();
      for (const page of await pdf.copyPages(source, indices)) {
        pdf.addPage(page);
        copied.push(pdf.getPageCount() - 1);
      }
    } else if (part.kind === 'image') {
      const image = part.format === 'jpeg' ? await pdf.embedJpg(part.bytes) : await pdf.embedPng(part.bytes);
      const landscape = image.width > image.height;
      const [width, height] = landscape ? [LETTER[1], LETTER[0]] : LETTER;
      const page = pdf.addPage([width, height]);
      if (header) page.drawText(header, { x: MARGIN, y: height - 34, size: 9, font: fonts.bold });
      const box = { width: width - 2 * MARGIN, height: height - 60 - 48 };
      const scale = Math.min(box.width / image.width, box.height / image.height, 1);
      const drawn = { width: image.width * scale, height: image.height * scale };
      page.drawImage(image, {
        x: (width - drawn.width) / 2,
        y: 48 + (box.height - drawn.height) / 2,
        ...drawn,
      });
      page.drawRectangle({
        x: (width - drawn.width) / 2,
        y: 48 + (box.height - drawn.height) / 2,
        ...drawn,
        borderColor: rgb(0.8, 0.8, 0.8),
        borderWidth: 0.5,
      });
    } else {
      const writer = new PdfWriter(pdf, fonts, { draw: true, runningHeader: header ?? '' });
      for (const pageText of part.text.split('\f')) {
        writer.newPage();
        writer.paragraph(pageText.trim() || '(This page has no text.)', { size: 9.5 });
      }
    }
    header = null;
  }
  return { firstIndex, pageCount: pdf.getPageCount() - firstIndex, copied };
}
