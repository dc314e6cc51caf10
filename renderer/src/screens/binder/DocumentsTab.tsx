import { useDeferredValue, useMemo, useState } from 'react';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { TextField } from '../../ui/Field.tsx';
import { DocumentIcon } from '../../ui/icons.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { DocumentList } from './DocumentList.tsx';
import { newestFirst } from './document-order.ts';
import { STATUS_FILTERS } from './document-status.ts';

const UNFILED = 'unfiled';

export interface DocumentsTabProps {
  documents: DocumentSummary[];
  category: CategoryId | null;
  onCategory: (category: CategoryId | null) => void;
  onOpen: (doc: DocumentSummary) => void;
  onImport: (() => void) | null;
}

/** What the words filter looks through: the title and the file's own name, in lower case. */
function searchableText(doc: DocumentSummary): string {
  return `${doc.title}\n${doc.originalName}`.toLocaleLowerCase();
}

function describeShown(shown: number, total: number): string {
  if (shown === 0) return 'No documents match these choices.';
  if (shown === total) return `Showing all ${total.toLocaleString()} documents.`;
  return `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} documents.`;
}

/**
 * The binder's documents, newest first, with a words filter and category and state filters. The whole
 * list is one scrolling list (only the rows on screen are drawn), and the filter runs on a deferred copy
 * of what is typed, so typing stays responsive in a binder of thousands.
 */
export function DocumentsTab({ documents, category, onCategory, onOpen, onImport }: DocumentsTabProps) {
  const [status, setStatus] = useState('');
  const [unfiledOnly, setUnfiledOnly] = useState(false);
  const [words, setWords] = useState('');
  const deferredWords = useDeferredValue(words);

  // Sorted and lower-cased once per list, not once per keystroke.
  const sorted = useMemo(
    () => [...documents].sort(newestFirst).map((doc) => ({ doc, text: searchableText(doc) })),
    [documents],
  );
  const statuses = STATUS_FILTERS.find((f) => f.value === status)?.statuses;
  const shown = useMemo(() => {
    const needle = deferredWords.trim().toLocaleLowerCase();
    return sorted
      .filter(({ doc }) => (unfiledOnly ? doc.category === null : !category || doc.category === category))
      .filter(({ doc }) => !statuses || statuses.includes(doc.status))
      .filter(({ text }) => !needle || text.includes(needle))
      .map(({ doc }) => doc);
  }, [sorted, unfiledOnly, category, statuses, deferredWords]);

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
        <TextField
          type="search"
          label="Title or file name contains"
          autoComplete="off"
          spellCheck={false}
          value={words}
          onChange={(event) => setWords(event.target.value)}
        />
        <SelectField
          label="Category"
          value={unfiledOnly ? UNFILED : (category ?? '')}
          onChange={(event) => {
            const value = event.target.value;
            setUnfiledOnly(value === UNFILED);
            onCategory(value === '' || value === UNFILED ? null : (value as CategoryId));
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
          onChange={(event) => setStatus(event.target.value)}
          options={[{ value: '', label: 'Any state' }, ...STATUS_FILTERS]}
        />
      </div>

      <p className="muted" role="status">
        {describeShown(shown.length, documents.length)}
      </p>
      {shown.length > 0 && <DocumentList documents={shown} label="Documents" onOpen={onOpen} />}
    </div>
  );
}
