import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../../shared/categories.ts';
import { AppError } from '../errors.ts';
import type { JobProgress } from '../jobs/job-runner.ts';
import { appendParts, type AppendedDocument } from './appendix.ts';
import type { OutgoingDocument } from './outgoing-document.service.ts';
import type { PacketFacts } from './packet-facts.service.ts';
import { FOOTER_BAND, HEADER_BAND, drawVisualText, extendPage, fitText, visualSize } from './page-bands.ts';
import { embedPacketFonts, type PacketFonts } from './pdf-fonts.ts';
import { writeOutline, type OutlineNode } from './pdf-outline.ts';
import { MARGIN, PdfWriter } from './pdf-writer.ts';
import { drawDocumentIndex, drawMedicationHistory, drawOverview, type IndexEntry } from './summary-pages.ts';

/** Progress and cancellation, as the job runner hands them to the work. */
export interface WorkControl {
  report: (progress: JobProgress) => void;
  signal: AbortSignal;
}

/** The built packet PDF and how it is made up. */
export interface PacketPdf {
  bytes: Uint8Array;
  summaryPages: number;
  appendixPages: number;
}

/** Stops the work between documents when the person cancelled, and lets the event loop breathe. */
export async function checkpoint(signal: AbortSignal): Promise<void> {
  await yieldToLoop();
  if (signal.aborted) throw new AppError('CANCELLED', 'The export was cancelled. Nothing was kept.');
}

/**
 * Builds the doctor-facing packet: overview, medication history with timeline, dated index by category,
 * then every document (the appendix) each starting with a small header; the patient's name, date of
 * birth and the page number on every page; bookmarks per category and document; title and language set;
 * no author or producer. The appendix is laid out first so the index can give real page numbers.
 */
export async function buildPacketPdf(
  facts: PacketFacts,
  documents: OutgoingDocument[],
  control: WorkControl,
): Promise<PacketPdf> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedPacketFonts(pdf);
  const title = `Second-opinion packet — ${facts.person.name}`;

  const appended: AppendedDocument[] = [];
  for (const [i, doc] of documents.entries()) {
    control.report({ step: 'Adding documents to the packet', current: i, total: documents.length });
    await checkpoint(control.signal);
    appended.push(await appendParts(pdf, fonts, doc.parts, docHeader(doc)));
  }
  const appendixPages = pdf.getPageCount();
  control.report({ step: 'Writing the summary', current: 0, total: 1 });

  const entries: IndexEntry[] = documents.map((d, i) => ({
    id: d.row.id,
    category: d.category,
    title: d.row.title,
    docDate: d.row.docDate,
    pages: appended[i]!.pageCount,
  }));
  const today = facts.preparedAt.toISOString().slice(0, 10);
  const drawSummary = (writer: PdfWriter, firstPageOf: (id: string) => number) => {
    drawOverview(writer, facts);
    const medications = writer.pageIndex + 1;
    drawMedicationHistory(writer, facts.medications, today);
    const index = writer.pageIndex + 1;
    drawDocumentIndex(writer, entries, firstPageOf);
    return { medications, index };
  };
  // First pass only counts pages, so the index can say where each document starts.
  const dry = new PdfWriter(pdf, fonts, { draw: false, runningHeader: title });
  drawSummary(dry, () => 9999);
  const summaryPages = dry.pageCount;
  const startOf = new Map(documents.map((d, i) => [d.row.id, summaryPages + appended[i]!.firstIndex]));
  const writer = new PdfWriter(pdf, fonts, { draw: true, runningHeader: title, insertAt: 0 });
  const sections = drawSummary(writer, (id) => startOf.get(id)! + 1);
  if (writer.pageCount !== summaryPages)
    throw new AppError('INTERNAL', 'The summary could not be laid out. Your records are unchanged.');

  stampBands(pdf, fonts, facts, documents, appended, summaryPages);
  writeOutline(pdf, [
    { title: 'Summary', pageIndex: 0 },
    { title: 'Medication history', pageIndex: sections.medications },
    { title: 'Documents in this packet', pageIndex: sections.index },
    ...outlineByCategory(documents, startOf),
  ]);
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setLanguage('en-US');
  pdf.setCreationDate(facts.preparedAt);
  pdf.setModificationDate(facts.preparedAt);
  control.report({ step: 'Saving the packet', current: 1, total: 1 });
  await checkpoint(control.signal);
  return { bytes: await pdf.save(), summaryPages, appendixPages };
}

function docHeader(doc: OutgoingDocument): string {
  return `${CATEGORY_LABELS[doc.category]} · ${doc.row.title} · ${doc.row.docDate ?? 'undated'}`;
}

function outlineByCategory(documents: OutgoingDocument[], startOf: Map<string, number>): OutlineNode[] {
  return CATEGORY_IDS.flatMap((category) => {
    const of = documents.filter((d) => d.category === category);
    if (of.length === 0) return [];
    return [
      {
        title: `${CATEGORY_LABELS[category]} (${of.length})`,
        pageIndex: startOf.get(of[0]!.row.id)!,
        children: of.map((d) => ({
          title: `${d.row.docDate ?? 'undated'} — ${d.row.title}`,
          pageIndex: startOf.get(d.row.id)!,
        })),
      },
    ];
  });
}

/**
 * Every page gets a footer with the patient's name, date of birth and "page n of N"; copied original
 * pages are first enlarged so the bands sit outside their content, and the first page of each copied
 * document gets its header band.
 */
function stampBands(
  pdf: PDFDocument,
  fonts: PacketFonts,
  facts: PacketFacts,
  documents: OutgoingDocument[],
  appended: AppendedDocument[],
  summaryPages: number,
): void {
  const pages = pdf.getPages();
  const total = pages.length;
  const who = `${facts.person.name} · born ${facts.person.birthDate ?? 'date not recorded'}`;
  const copied = new Set(appended.flatMap((a) => a.copied.map((i) => i + summaryPages)));
  const headers = new Map<number, string>();
  documents.forEach((doc, i) => {
    const first = appended[i]!.firstIndex;
    if (appended[i]!.copied.includes(first)) headers.set(first + summaryPages, docHeader(doc));
  });
  pages.forEach((page, index) => {
    const header = headers.get(index);
    if (copied.has(index)) extendPage(page, header ? HEADER_BAND : 0, FOOTER_BAND);
    const { width, height } = visualSize(page);
    const text = { font: fonts.regular, size: 7.5 };
    const pageLabel = `Page ${index + 1} of ${total}`;
    const labelWidth = fonts.regular.widthOfTextAtSize(pageLabel, text.size);
    drawVisualText(page, fitText(who, fonts.regular, text.size, width - 2 * MARGIN - labelWidth - 12), {
      ...text,
      x: Math.min(MARGIN, width * 0.05),
      y: 8,
    });
    drawVisualText(page, pageLabel, {
      ...text,
      x: width - Math.min(MARGIN, width * 0.05) - labelWidth,
      y: 8,
    });
    if (header)
      drawVisualText(page, fitText(header, fonts.bold, 9, width - 2 * Math.min(MARGIN, width * 0.05)), {
        font: fonts.bold,
        size: 9,
        x: Math.min(MARGIN, width * 0.05),
        y: height - 17,
        gray: 0,
      });
  });
}
