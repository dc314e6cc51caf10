import type { DocumentDetail, DocumentSummary } from '../../../shared/schemas/documents.schema.ts';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../../../shared/categories.ts';
import type { Person } from '../../../shared/schemas/people.schema.ts';
import { listPeople } from '../people/people.service.ts';
import { checkIdentity } from './identity-check.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import * as docs from './documents.repo.ts';
import { listPages } from './pages.repo.ts';

const notFound = () => new AppError('NOT_FOUND', 'That document is not in this vault any more.');

function parseJson<T>(text: string | null, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function topSuggestions(row: docs.DocumentRow): DocumentSummary['suggestions'] {
  const scores = parseJson<Record<string, number>>(row.categoryScores, {});
  return CATEGORY_IDS.map((category: CategoryId) => ({ category, score: scores[category] ?? 0 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2);
}

export function toSummary(row: docs.DocumentRow, family: Person[]): DocumentSummary {
  const filedUnder = family.find((p) => p.id === row.personId);
  const printed = { name: row.printedName, birthDate: row.printedBirthDate };
  return {
    id: row.id,
    personId: row.personId,
    title: row.title,
    originalName: row.originalName,
    mime: row.mime,
    kind: row.kind,
    category: row.category && isCategoryId(row.category) ? row.category : null,
    status: row.status,
    pageCount: row.pageCount,
    docDate: row.docDate,
    createdAt: row.createdAt,
    errorMessage: row.errorMessage,
    byteSize: row.byteSize,
    confidence: row.categoryConfidence,
    categoryChosenByPerson: row.categorySource === 'user',
    suggestions: topSuggestions(row),
    evidence: parseJson<string[]>(row.categoryEvidence, []),
    facility: row.facility,
    clinician: row.clinician,
    identityWarning: filedUnder ? checkIdentity(filedUnder, printed, family) : null,
  };
}

export function listDocuments(session: VaultSession, personId: string, trashed = false): DocumentSummary[] {
  const family = listPeople(session, true);
  const rows = trashed
    ? docs.listTrashedOf(session.db, personId)
    : docs.listDocumentsOf(session.db, personId);
  return rows.map((row) => toSummary(row, family));
}

export function getDocumentDetail(session: VaultSession, id: string): DocumentDetail {
  const row = docs.getDocument(session.db, id);
  if (!row) throw notFound();
  const pages = listPages(session.db, id).map((p) => ({
    pageNo: p.pageNo,
    source: p.source,
    text: p.text,
    confidence: p.confidence,
    rotation: p.rotation,
    hasImage: p.imageFileId !== null,
  }));
  return { ...toSummary(row, listPeople(session, true)), pages };
}

/** A page's stored image (or thumbnail) as a data URL, decrypted only for the screen that asked. */
export function pageImageDataUrl(
  session: VaultSession,
  id: string,
  pageNo: number,
  size: 'thumb' | 'full',
): string | null {
  if (!docs.getDocument(session.db, id)) throw notFound();
  const page = listPages(session.db, id).find((p) => p.pageNo === pageNo);
  if (!page) throw new AppError('NOT_FOUND', 'That page does not exist.');
  const fileId = size === 'thumb' ? page.thumbFileId : page.imageFileId;
  return fileId ? `data:image/png;base64,${session.store.get(fileId).toString('base64')}` : null;
}

export function trashDocument(session: VaultSession, id: string): void {
  if (!docs.setTrashed(session.db, id, true)) throw notFound();
}

export function restoreDocument(session: VaultSession, id: string): void {
  if (!docs.setTrashed(session.db, id, false)) throw notFound();
}

export function renameDocument(session: VaultSession, id: string, title: string): DocumentSummary {
  if (!docs.getDocument(session.db, id)) throw notFound();
  docs.setTitle(session.db, id, title);
  return toSummary(docs.getDocument(session.db, id)!, listPeople(session, true));
}

/**
 * The readable rendering of a portal export (C-CDA or FHIR) as a self-contained HTML page: escaped text,
 * tables kept, no scripts, links or images (the parser whitelists). Null for other documents.
 */
export function documentRendering(session: VaultSession, id: string): string | null {
  if (!docs.getDocument(session.db, id)) throw notFound();
  const fileId = docs.getRenderingFileId(session.db, id);
  return fileId ? session.store.get(fileId).toString('utf8') : null;
}

/** The binder's counts for the family screen: per category, in total, and waiting for review. */
export function documentCounts(session: VaultSession, personId: string) {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  let total = 0;
  let needsReview = 0;
  for (const row of docs.countDocuments(session.db, personId)) {
    total += row.n;
    if (row.status === 'needs_review') needsReview += row.n;
    if (row.category && isCategoryId(row.category)) byCategory[row.category] += row.n;
  }
  return { total, needsReview, byCategory };
}
