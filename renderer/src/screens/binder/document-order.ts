import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';

/** Sort order of document lists: newest first by the document's own date, undated ones by when added. */
export function newestFirst(
  a: Pick<DocumentSummary, 'docDate' | 'createdAt'>,
  b: Pick<DocumentSummary, 'docDate' | 'createdAt'>,
): number {
  return (b.docDate ?? b.createdAt).localeCompare(a.docDate ?? a.createdAt);
}
