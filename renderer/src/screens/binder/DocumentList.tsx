import type { ReactNode } from 'react';
import { CATEGORY_LABELS } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { StatusBadge } from './StatusBadge.tsx';

export interface DocumentListProps {
  documents: DocumentSummary[];
  label: string;
  /** Opens a document in the viewer; without it the titles are plain text (the trash). */
  onOpen?: (doc: DocumentSummary) => void;
  /** What to show at the end of each row instead of the state (the trash's "Put back"). */
  action?: (doc: DocumentSummary) => ReactNode;
}

/** "3 pages", "1 page". */
function describePages(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}

/**
 * Documents as rows: title (opens the viewer; `j`/`k` move between them), date, category, pages, and the
 * state in words or a row's action.
 */
export function DocumentList({ documents, label, onOpen, action }: DocumentListProps) {
  return (
    <ul className="doc-list" aria-label={label}>
      {documents.map((doc) => (
        <li key={doc.id} className="doc-row">
          {onOpen ? (
            <button type="button" className="doc-row__open" data-nav-item onClick={() => onOpen(doc)}>
              {doc.title}
            </button>
          ) : (
            <p className="doc-row__title">{doc.title}</p>
          )}
          <p className="doc-row__meta">
            <span>{doc.docDate ? formatLongDate(doc.docDate) : 'No date found'}</span>
            <span>{doc.category ? CATEGORY_LABELS[doc.category] : 'Not filed yet'}</span>
            {doc.pageCount > 0 && <span>{describePages(doc.pageCount)}</span>}
          </p>
          <div className="doc-row__status">{action ? action(doc) : <StatusBadge doc={doc} />}</div>
        </li>
      ))}
    </ul>
  );
}
