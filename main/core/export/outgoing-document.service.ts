import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { audioExtension } from '../import/audio/audio-info.ts';
import { appendParts } from './appendix.ts';
import { embedPacketFonts } from './pdf-fonts.ts';
import { listPages, type PageRow } from '../documents/pages.repo.ts';
import type { OcrWord } from '../ocr/ocr.types.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import type { PacketDocument } from './export-selection.service.ts';
import { blackOut, cleanImage, neutralizePdfMetadata } from './privacy.ts';
import { boxesToBlackOut, findSensitiveNumbers, redactText } from './sensitive-numbers.ts';

/** One piece of a document as the appendix lays it out. */
export type AppendixPart =
  /** Pages of a PDF (0-based indices; every page when absent), copied as they are. */
  | { kind: 'pdf'; bytes: Uint8Array; pages?: number[] }
  /** A picture placed on a page of its own. */
  | { kind: 'image'; bytes: Uint8Array; format: 'jpeg' | 'png' }
  /** Text typeset on as many pages as it needs. */
  | { kind: 'text'; text: string };

/** The bytes of a document's outgoing file and how to name and label it. */
export interface OutgoingFile {
  bytes: Uint8Array;
  extension: string;
  mime: string;
}

/** A document as it leaves the vault: its file for the folder, its appendix parts, what was removed. */
export interface OutgoingDocument extends PacketDocument {
  /** The file for the folder, ZIP and FHIR bundle. */
  file: OutgoingFile;
  parts: AppendixPart[];
  /** How many numbers were removed (redaction). */
  redactions: number;
}

const TEXT_KINDS: Record<string, { extension: string; mime: string }> = {
  text: { extension: 'txt', mime: 'text/plain' },
  ccda: { extension: 'xml', mime: 'application/xml' },
  'fhir-json': { extension: 'json', mime: 'application/fhir+json' },
  'fhir-ndjson': { extension: 'ndjson', mime: 'application/fhir+ndjson' },
};

/**
 * Decrypts one document and makes its outgoing form with the privacy rules applied: PDFs without
 * author/producer/creator metadata, images re-encoded without EXIF/GPS, and (when asked) Social Security
 * and insurance member numbers removed from text and blacked out on page images. When the outgoing file
 * cannot be the original format (redacted PDFs, multi-page or exotic images) it is rebuilt as a PDF.
 */
export async function prepareOutgoing(
  session: VaultSession,
  doc: PacketDocument,
  options: { redact: boolean },
): Promise<OutgoingDocument> {
  const prepared = await prepareParts(session, doc, options);
  return { ...prepared, file: prepared.file ?? (await standalonePdf(doc.row.title, prepared.parts)) };
}

type Prepared = Omit<OutgoingDocument, 'file'> & { file: OutgoingFile | null };

/** A PDF of just these parts, for a document whose outgoing file had to be rebuilt. */
async function standalonePdf(title: string, parts: AppendixPart[]): Promise<OutgoingFile> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  await appendParts(pdf, await embedPacketFonts(pdf), parts, null);
  pdf.setTitle(title);
  pdf.setLanguage('en-US');
  return pdfFile(await pdf.save());
}

async function prepareParts(
  session: VaultSession,
  doc: PacketDocument,
  options: { redact: boolean },
): Promise<Prepared> {
  const { row } = doc;
  const original = session.store.get(row.fileId);
  const pages = listPages(session.db, row.id);
  const base = { ...doc, redactions: 0 };

  const textKind = TEXT_KINDS[row.kind];
  if (textKind) {
    const raw = redactIf(options.redact, original.toString('utf8'));
    const shown = redactIf(options.redact, pages.map((p) => p.text).join('\f'));
    return {
      ...base,
      redactions: raw.count,
      file: { ...textKind, bytes: Buffer.from(raw.text, 'utf8') },
      parts: [{ kind: 'text', text: shown.text }],
    };
  }

  if (row.kind === 'pdf') return preparePdf(session, base, original, pages, options.redact);

  // A recording goes out as it is, beside the PDF: no parts, so nothing of it is laid out in the appendix.
  if (row.kind === 'audio')
    return {
      ...base,
      file: { bytes: original, extension: audioExtension(row.mime), mime: row.mime },
      parts: [],
    };

  // Pictures: the page image OCR read is the one the word boxes refer to, so redaction uses it.
  const redacted = options.redact ? await redactPageImages(session, pages) : null;
  if (redacted && redacted.count > 0)
    return { ...base, redactions: redacted.count, file: null, parts: redacted.parts };
  if (row.kind === 'jpeg' || row.kind === 'png') {
    const bytes = await cleanImage(original, row.kind);
    return {
      ...base,
      file: { bytes, extension: row.kind === 'jpeg' ? 'jpg' : 'png', mime: row.mime },
      parts: [{ kind: 'image', bytes, format: row.kind }],
    };
  }
  // TIFF, WebP, HEIC: the stored upright page images, one per page (browsers cannot show these formats).
  const images = await Promise.all(
    pages.filter((p) => p.imageFileId).map((p) => cleanImage(session.store.get(p.imageFileId!), 'png')),
  );
  const parts: AppendixPart[] = images.length
    ? images.map((bytes) => ({ kind: 'image', bytes, format: 'png' }))
    : [{ kind: 'image', bytes: await sharp(original).png().toBuffer(), format: 'png' }];
  const only = parts.length === 1 && parts[0]!.kind === 'image' ? parts[0]!.bytes : null;
  return {
    ...base,
    file: only ? { bytes: only, extension: 'png', mime: 'image/png' } : null,
    parts,
  };
}

function redactIf(redact: boolean, text: string): { text: string; count: number } {
  return redact ? redactText(text) : { text, count: 0 };
}

async function preparePdf(
  session: VaultSession,
  base: PacketDocument & { redactions: number },
  original: Buffer,
  pages: PageRow[],
  redact: boolean,
): Promise<Prepared> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(original, { updateMetadata: false });
  } catch {
    // pdf-lib cannot rewrite this PDF (unusual encryption or structure): the appendix shows its text and
    // the folder carries the original untouched.
    return {
      ...base,
      file: { bytes: original, extension: 'pdf', mime: 'application/pdf' },
      parts: [{ kind: 'text', text: redactIf(redact, pages.map((p) => p.text).join('\f')).text }],
    };
  }
  neutralizePdfMetadata(pdf);
  const bytes = await pdf.save();
  if (!redact) return { ...base, file: pdfFile(bytes), parts: [{ kind: 'pdf', bytes }] };

  // Pages that print a number are replaced: scans by their blacked-out image, text pages by their text.
  const parts: AppendixPart[] = [];
  let count = 0;
  for (let index = 0; index < pdf.getPageCount(); index++) {
    const page = pages.find((p) => p.pageNo === index + 1);
    const values = page ? findSensitiveNumbers(page.text) : [];
    if (!page || values.length === 0) {
      const last = parts.at(-1);
      if (last?.kind === 'pdf') last.pages!.push(index);
      else parts.push({ kind: 'pdf', bytes, pages: [index] });
      continue;
    }
    count += values.length;
    const image = await redactedImage(session, page, values);
    parts.push(image ? { kind: 'image', bytes: image, format: 'png' } : { kind: 'text', ...redactOne(page) });
  }
  if (count === 0) return { ...base, file: pdfFile(bytes), parts: [{ kind: 'pdf', bytes }] };
  return { ...base, redactions: count, file: null, parts };
}

function redactOne(page: PageRow): { text: string } {
  return { text: redactText(page.text).text };
}

function pdfFile(bytes: Uint8Array): OutgoingFile {
  return { bytes, extension: 'pdf', mime: 'application/pdf' };
}

async function redactPageImages(
  session: VaultSession,
  pages: PageRow[],
): Promise<{ parts: AppendixPart[]; count: number }> {
  const parts: AppendixPart[] = [];
  let count = 0;
  for (const page of pages) {
    if (!page.imageFileId) continue;
    const values = findSensitiveNumbers(page.text);
    count += values.length;
    if (values.length === 0) {
      parts.push({
        kind: 'image',
        bytes: await cleanImage(session.store.get(page.imageFileId), 'png'),
        format: 'png',
      });
      continue;
    }
    // A number the word boxes cannot locate is never shown: the page goes out as its redacted text.
    const image = await redactedImage(session, page, values);
    parts.push(image ? { kind: 'image', bytes: image, format: 'png' } : { kind: 'text', ...redactOne(page) });
  }
  return { parts, count };
}

/** The page image with the numbers blacked out, or null when the page has no image or word boxes. */
async function redactedImage(session: VaultSession, page: PageRow, values: string[]): Promise<Buffer | null> {
  if (!page.imageFileId || !page.wordsFileId) return null;
  const words = JSON.parse(session.store.get(page.wordsFileId).toString('utf8')) as OcrWord[];
  const boxes = boxesToBlackOut(words, values);
  if (boxes.length === 0) return null;
  return blackOut(session.store.get(page.imageFileId), boxes);
}
