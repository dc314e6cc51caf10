import type { CaseDocument } from '../../../../shared/schemas/case.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';

export interface CaseDocumentListProps {
  documents: CaseDocument[];
  /** What the documents are (names the list for screen readers). */
  label: string;
  onOpen: (documentId: string) => void;
}

/** Documents as links to the viewer, each with its date and whether its category still needs a look. */
export function CaseDocumentList({ documents, label, onOpen }: CaseDocumentListProps) {
  return (
    <ul className="case-docs" aria-label={`Documents: ${label}`}>
      {documents.map((doc) => (
        <li key={doc.id}>
          <button type="button" className="link-button" onClick={() => onOpen(doc.id)}>
            {doc.title}
          </button>
          <span className="muted">
            {' · '}
            {doc.date ? formatLongDate(doc.date) : 'no date found'}
            {doc.needsReview && ' · category not confirmed yet'}
          </span>
        </li>
      ))}
    </ul>
  );
}
