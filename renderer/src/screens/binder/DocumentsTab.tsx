import { useState } from 'react';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { DocumentIcon } from '../../ui/icons.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { DocumentList } from './DocumentList.tsx';
import { newestFirst } from './document-order.ts';
import { STATUS_FILTERS } from './document-status.ts';

/** Rows per page: a binder of thousands stays quick to show and to move through. */
const PAGE_SIZE = 50;
const UNFILED = 'unfiled';

export interface DocumentsTabProps {
  documents: DocumentSummary[];
  category: CategoryId | null;
  onCategory: (category: CategoryId | null) => void;
  onOpen: (doc: DocumentSummary) => void;
  onImport: (() => void) | null;
}

/** The binder's documents with category and state filters, a page of rows at a time. */
export function DocumentsTab({ documents, category, onCategory, onOpen, onImport }: DocumentsTabProps) {
  const [status, setStatus] = useState('');
  const [unfiledOnly, setUnfiledOnly] = useState(false);
  const [page, setPage] = useState(0);

  const statuses = STATUS_FILTERS.find((f) => f.value === status)?.statuses;
  const shown = documents
    .filter((d) => (unfiledOnly ? d.category === null : !category || d.category === category))
    .filter((d) => !statuses || statuses.includes(d.status))
    .sort(newestFirst);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  if (documents.length === 0)
    return (
      <EmptyState
        icon={<DocumentIcon />}
        title="No documents yet"
        action={
          onImport && (
            <Button variant="primary" onClick={onImport}>
              Choose documents to import
            </Button>
          )
        }
      >
        <p>
          Add scans, photos, PDFs or a patient-portal download. CareBinder reads them and files them for you.
        </p>
      </EmptyState>
    );

  return (
    <div className="stack">
      <div className="filters" role="group" aria-label="Show only">
        <SelectField
          label="Category"
          value={unfiledOnly ? UNFILED : (category ?? '')}
          onChange={(event) => {
            const value = event.target.value;
            setUnfiledOnly(value === UNFILED);
            onCategory(value === '' || value === UNFILED ? null : (value as CategoryId));
            setPage(0);
          }}
          options={[
            { value: '', label: 'All categories' },
            ...CATEGORY_IDS.map((id) => ({ value: id, label: CATEGORY_LABELS[id] })),
            { value: UNFILED, label: 'Not filed yet' },
          ]}
        />
        <SelectField
          label="State"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value);
            setPage(0);
          }}
          options={[{ value: '', label: 'Any state' }, ...STATUS_FILTERS]}
        />
      </div>

      <p className="muted" role="status">
        {shown.length === 0
          ? 'No documents match these choices.'
          : `Showing ${current * PAGE_SIZE + 1}–${current * PAGE_SIZE + rows.length} of ${shown.length.toLocaleString()} documents.`}
      </p>
      {rows.length > 0 && <DocumentList documents={rows} label="Documents" onOpen={onOpen} />}
      {pages > 1 && (
        <nav className="pager" aria-label="Pages of documents">
          <Button disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </Button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <Button disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
