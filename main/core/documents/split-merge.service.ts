import { PDFDocument, type PDFImage } from 'pdf-lib';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import * as docs from './documents.repo.ts';
import { storeDocument } from './documents.service.ts';
import { factsToColumns, readDocumentFacts } from './document-facts.service.ts';
import { insertPage, listPages, type PageRow } from './pages.repo.ts';
import { textFingerprint } from './text-fingerprint.ts';

/** A range of pages, 1-based and inclusive. */
export interface PageRange {
  from: number;
  to: number;
}

interface SourcePage {
  doc: docs.DocumentRow;
  page: PageRow;
}

const notFound = () => new AppError('NOT_FOUND', 'That document is not in this vault any more.');

/** Adds one source page to the PDF being built: the original PDF page when there is one, else its image. */
async function appendPage(
  out: PDFDocument,
  session: VaultSession,
  source: SourcePage,
  cache: Map<string, PDFDocument>,
): Promise<void> {
  if (source.doc.kind === 'pdf') {
    let pdf = cache.get(source.doc.id);
    if (!pdf) {
      pdf = await PDFDocument.load(session.store.get(source.doc.fileId), { ignoreEncryption: false });
      cache.set(source.doc.id, pdf);
    }
    const [copied] = await out.copyPages(pdf, [source.page.pageNo - 1]);
    out.addPage(copied!);
    return;
  }
  const page = out.addPage([612, 792]);
  const drawFitted = (image: PDFImage) => {
    const scale = Math.min(612 / image.width, 792 / image.height);
    page.drawImage(image, {
      x: 0,
      y: 792 - image.height * scale,
      width: image.width * scale,
      height: image.height * scale,
    });
  };
  if (source.page.imageFileId) {
    drawFitted(await out.embedPng(session.store.get(source.page.imageFileId)));
  } else if (source.doc.kind === 'jpeg' || source.doc.kind === 'png') {
    const bytes = session.store.get(source.doc.fileId);
    drawFitted(source.doc.kind === 'jpeg' ? await out.embedJpg(bytes) : await out.embedPng(bytes));
  } else {
    page.drawText(source.page.text.slice(0, 3000), { x: 40, y: 740, size: 9, lineHeight: 11, maxWidth: 530 });
  }
}

/** Builds a new document from pages of existing ones (keeping each page's text and images). */
async function buildDocument(
  session: VaultSession,
  personId: string,
  name: string,
  pages: SourcePage[],
): Promise<string> {
  const out = await PDFDocument.create();
  const cache = new Map<string, PDFDocument>();
  for (const source of pages) await appendPage(out, session, source, cache);
  const bytes = Buffer.from(await out.save());
  const copy = (id: string | null) => (id ? session.store.put(session.store.get(id)) : null);
  const files = pages.map(({ page }) => ({
    imageFileId: copy(page.imageFileId),
    thumbFileId: copy(page.thumbFileId),
    wordsFileId: copy(page.wordsFileId),
  }));
  const text = pages.map((p) => p.page.text).join('\n');
  const facts = readDocumentFacts(session, text);
  return session.db.transaction(() => {
    const row = storeDocument(session, {
      personId,
      originalName: name,
      mime: 'application/pdf',
      kind: 'pdf',
      bytes,
      title: facts.title,
      status: 'done',
    });
    pages.forEach(({ page }, i) =>
      insertPage(session.db, { ...page, ...files[i]!, documentId: row.id, pageNo: i + 1 }),
    );
    docs.saveFacts(session.db, row.id, factsToColumns(facts));
    docs.finishReading(session.db, row.id, {
      status: facts.classification.needsReview ? 'needs_review' : 'done',
      pageCount: pages.length,
      textFingerprint: textFingerprint(text),
    });
    return row.id;
  })();
}

/**
 * Splits one document into several (each range becomes a document of its own, classified afresh). The
 * original goes to the trash, so the split can be undone by restoring it.
 */
export async function splitDocument(
  session: VaultSession,
  id: string,
  ranges: PageRange[],
): Promise<string[]> {
  const doc = docs.getDocument(session.db, id);
  if (!doc) throw notFound();
  const pages = listPages(session.db, id);
  const valid = ranges.every((r) => r.from >= 1 && r.to >= r.from && r.to <= pages.length);
  if (ranges.length < 2 || !valid) {
    throw new AppError(
      'INVALID_INPUT',
      `Give at least two page ranges within pages 1 to ${pages.length}, such as 1–2 and 3–5.`,
    );
  }
  const created: string[] = [];
  for (const [i, range] of ranges.entries()) {
    const part = pages
      .filter((p) => p.pageNo >= range.from && p.pageNo <= range.to)
      .map((page) => ({ doc, page }));
    created.push(await buildDocument(session, doc.personId, `${doc.originalName} (part ${i + 1})`, part));
  }
  docs.setTrashed(session.db, id, true);
  return created;
}

/** Merges documents (in the order given) into one; the originals go to the trash. */
export async function mergeDocuments(session: VaultSession, ids: string[]): Promise<string> {
  const rows = ids.map(
    (id) =>
      docs.getDocument(session.db, id) ??
      (() => {
        throw notFound();
      })(),
  );
  if (rows.length < 2) throw new AppError('INVALID_INPUT', 'Choose at least two documents to put together.');
  // A recording has no pages to combine: merging would only move it to the trash.
  if (rows.some((r) => r.kind === 'audio')) {
    throw new AppError(
      'INVALID_INPUT',
      'Audio recordings cannot be put together with other documents. Leave the recording out and try again.',
    );
  }
  if (new Set(rows.map((r) => r.personId)).size > 1) {
    throw new AppError(
      'INVALID_INPUT',
      'These documents belong to different family members. Move them to the same person first.',
    );
  }
  const pages = rows.flatMap((doc) => listPages(session.db, doc.id).map((page) => ({ doc, page })));
  const merged = await buildDocument(
    session,
    rows[0]!.personId,
    `${rows[0]!.originalName} (combined)`,
    pages,
  );
  for (const row of rows) docs.setTrashed(session.db, row.id, true);
  return merged;
}
