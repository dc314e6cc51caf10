import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../../../shared/categories.ts';
import type { ExportPreview, ExportSelection } from '../../../shared/schemas/export.schema.ts';
import type { Person } from '../../../shared/schemas/people.schema.ts';
import * as docs from '../documents/documents.repo.ts';
import { AppError } from '../errors.ts';
import { listMedicationLog } from '../medlog/medication-log.service.ts';
import { getPerson } from '../people/people.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { packetName } from './packet-names.ts';

/** The email limit most providers apply to attachments. */
export const DEFAULT_EMAIL_LIMIT_MB = 20;

/** A selected document with the category it is filed under in the packet. */
export interface PacketDocument {
  row: docs.DocumentRow;
  category: CategoryId;
}

/** Whose packet, and which of their documents, in checklist order then by date. */
export interface PacketSelection {
  person: Person;
  documents: PacketDocument[];
}

const READABLE = new Set<docs.DocumentStatus>(['done', 'needs_review']);

/**
 * Resolves a selection to one person's documents. Only that person's rows are ever read: a document id
 * of someone else is refused, not silently dropped, so a mistake in the UI cannot leak a record.
 */
export function selectPacket(session: VaultSession, selection: ExportSelection): PacketSelection {
  const person = getPerson(session.db, selection.personId);
  if (!person) throw new AppError('NOT_FOUND', 'That family member is not in this vault any more.');
  const own = docs.listDocumentsOf(session.db, person.id);
  let rows = own.filter((row) => READABLE.has(row.status));
  if (selection.documentIds) {
    const ownIds = new Set(own.map((r) => r.id));
    if (selection.documentIds.some((id) => !ownIds.has(id)))
      throw new AppError(
        'INVALID_INPUT',
        'Some chosen documents belong to someone else or were deleted. Choose the documents again.',
      );
    const wanted = new Set(selection.documentIds);
    rows = rows.filter((r) => wanted.has(r.id));
  }
  const categories = new Set<CategoryId>(selection.categories ?? CATEGORY_IDS);
  const inRange = (date: string | null) =>
    (!selection.from || (date !== null && date.slice(0, 10) >= selection.from)) &&
    (!selection.to || (date !== null && date.slice(0, 10) <= selection.to));
  const documents = rows
    .map((row) => ({ row, category: categoryOf(row) }))
    .filter((d) => categories.has(d.category) && inRange(d.row.docDate))
    .sort(packetOrder);
  return { person, documents };
}

function categoryOf(row: docs.DocumentRow): CategoryId {
  return row.category && isCategoryId(row.category) ? row.category : 'other';
}

/** Checklist order, then oldest first (undated last), then title: the order a reviewing doctor expects. */
function packetOrder(a: PacketDocument, b: PacketDocument): number {
  const byCategory = CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category);
  if (byCategory) return byCategory;
  const da = a.row.docDate ?? '9999';
  const db = b.row.docDate ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.row.title.localeCompare(b.row.title);
}

/** Summary pages and per-page overhead, for the size estimate (measured on generated packets). */
const SUMMARY_BYTES = 120_000;
const PER_PAGE_OVERHEAD = 2_000;

/** What the packet will hold and roughly how big it will be, without building it. */
export function previewPacket(
  session: VaultSession,
  selection: ExportSelection,
  emailLimitMb = DEFAULT_EMAIL_LIMIT_MB,
): ExportPreview {
  const { person, documents } = selectPacket(session, selection);
  const pages = documents.reduce((sum, d) => sum + d.row.pageCount, 0);
  const originals = documents.reduce((sum, d) => sum + d.row.byteSize, 0);
  const recordings = documents.reduce((sum, d) => sum + (d.row.kind === 'audio' ? d.row.byteSize : 0), 0);
  // The folder holds the originals and the summary PDF, which holds them again (all but recordings,
  // which cannot be put on a page).
  const estimatedBytes = 2 * originals - recordings + SUMMARY_BYTES + pages * PER_PAGE_OVERHEAD;
  return {
    suggestedName: packetName(person.name, new Date()),
    documents: documents.map(({ row, category }) => ({
      id: row.id,
      title: row.title,
      category,
      docDate: row.docDate,
      pageCount: row.pageCount,
      byteSize: row.byteSize,
    })),
    byCategory: CATEGORY_IDS.map((category) => {
      const of = documents.filter((d) => d.category === category);
      return {
        category,
        documents: of.length,
        pages: of.reduce((sum, d) => sum + d.row.pageCount, 0),
      };
    }).filter((c) => c.documents > 0),
    pageCount: pages,
    medications: listMedicationLog(session, person.id).length,
    estimatedBytes,
    overEmailLimit: estimatedBytes > emailLimitMb * 1024 * 1024,
  };
}
