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
import { PdfTags } from './pdf-tags.ts';
import {
  drawDocumentIndex,
  drawMedicationHistory,
  drawOverview,
  drawQuestionList,
  type IndexEntry,
} from './summary-pages.ts';

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
 * the full question list when the overview could not hold it, then every document (the appendix) each
 * starting with a small header; the patient's name, date of birth and the page number on every page;
 * bookmarks per category and document; title and language set; no author or producer. It is a tagged
 * PDF: the summary pages carry a structure tree (headings, lists, tables, a described chart) and every
 * page's header and footer bands are artifacts; the copied originals keep their own content untagged.
 * The appendix is laid out first so the index can give real page numbers.
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
  const drawSummary = (writer: PdfWriter, firstPageOf: (id: string) => number, questionsPage: number) => {
    const overview = drawOverview(writer, facts, questionsPage);
    const medications = writer.pageCount;
    drawMedicationHistory(writer, facts.medications, today);
    const index = writer.pageCount;
    drawDocumentIndex(writer, entries, firstPageOf);
    // Pages are inserted from index 0, so the page count so far is the 0-based index of the next page.
    const questions = overview.questionsComplete ? null : writer.pageCount;
    if (questions !== null) drawQuestionList(writer, facts.questions);
    return { medications, index, questions };
  };
  // First pass only counts pages, so the index can say where each document starts and the overview
  // where the full question list is.
  const dry = new PdfWriter(pdf, fonts, { draw: false, runningHeader: title });
  const planned = drawSummary(dry, () => 9999, 9999);
  const summaryPages = dry.pageCount;
  const startOf = new Map(documents.map((d, i) => [d.row.id, summaryPages + appended[i]!.firstIndex]));
  const tags = new PdfTags(pdf);
  const writer = new PdfWriter(pdf, fonts, { draw: true, runningHeader: title, insertAt: 0, tags });
  const sections = drawSummary(writer, (id) => startOf.get(id)! + 1, (planned.questions ?? 0) + 1);
  if (writer.pageCount !== summaryPages || sections.questions !== planned.questions)
    throw new AppError('INTERNAL', 'The summary could not be laid out. Your records are unchanged.');

  stampBands(pdf, fonts, tags, facts, documents, appended, summaryPages);
  tags.finish();
  writeOutline(pdf, [
    { title: 'Summary', pageIndex: 0 },
    { title: 'Medication history', pageIndex: sections.medications },
    { title: 'Documents in this packet', pageIndex: sections.index },
    ...(sections.questions === null
      ? []
      : [{ title: 'Questions for the doctor', pageIndex: sections.questions }]),
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
  tags: PdfTags,
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
    // Pagination artifacts: repeated on every page, so a screen reader does not read them each time.
    tags.artifact(
      page,
      () => {
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
      },
      'Pagination',
    );
  });
}
