import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';

export type DocumentStatus = DocumentSummary['status'];

/** Filters of the documents list, by what a person would ask ("which ones need me?"). */
export const STATUS_FILTERS: ReadonlyArray<{ value: string; label: string; statuses: DocumentStatus[] }> = [
  { value: 'needs_review', label: 'Needs a look', statuses: ['needs_review'] },
  { value: 'reading', label: 'Still being read', statuses: ['queued', 'reading'] },
  { value: 'failed', label: 'Couldn’t be read', statuses: ['failed'] },
  { value: 'done', label: 'Filed', statuses: ['done'] },
];

/** A document's state in words (never colour alone): "Needs a look", "Reading…", "Couldn't be read: …". */
export function describeStatus(doc: Pick<DocumentSummary, 'status' | 'errorMessage'>): string {
  switch (doc.status) {
    case 'queued':
      return 'Waiting to be read';
    case 'reading':
      return 'Reading…';
    case 'needs_review':
      return 'Needs a look';
    case 'failed':
      return doc.errorMessage ? `Couldn’t be read: ${doc.errorMessage}` : 'Couldn’t be read';
    case 'done':
      return 'Filed';
  }
}
