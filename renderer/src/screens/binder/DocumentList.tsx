import { memo, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CATEGORY_LABELS } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { useWindowedList } from '../../lib/use-windowed-list.ts';
import { DocumentThumb, type ThumbCache } from './DocumentThumb.tsx';
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

/** Keys that move between rows: by one, or to the first or last document of the whole list. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  j: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  k: (i) => i - 1,
  Home: () => 0,
  End: (_i, count) => count - 1,
};

/**
 * Documents as rows: a small picture, the title (opens the viewer), date, category, pages, and the state
 * in words or a row's action. Only the rows near the screen are rendered, so thousands stay quick; each
 * row still tells screen readers its place ("12 of 5,000"), and the arrow keys, `j`/`k`, Home and End
 * move through the whole list, rendering the row they go to.
 */
export function DocumentList({ documents, label, onOpen, action }: DocumentListProps) {
  const keys = useMemo(() => documents.map((doc) => doc.id), [documents]);
  const { attachList, measureRow, totalHeight, indices, tops, focusRow, setFocusedKey } =
    useWindowedList(keys);
  const [thumbs] = useState<ThumbCache>(() => new Map());

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const move = MOVES[event.key];
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
    if (!move || !row || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const next = move(keys.indexOf(row.dataset.key!), keys.length);
    focusRow(Math.min(Math.max(next, 0), keys.length - 1));
  }

  return (
    <ul
      ref={attachList}
      className="doc-list doc-list--windowed"
      aria-label={label}
      style={{ height: totalHeight }}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
        setFocusedKey(row?.dataset.key ?? null);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedKey(null);
      }}
    >
      {indices.map((index) => (
        <DocumentRow
          key={documents[index]!.id}
          doc={documents[index]!}
          position={index + 1}
          setSize={documents.length}
          top={tops[index]!}
          measure={measureRow}
          thumbs={thumbs}
          onOpen={onOpen}
          action={action}
        />
      ))}
    </ul>
  );
}

interface DocumentRowProps extends Pick<DocumentListProps, 'onOpen' | 'action'> {
  doc: DocumentSummary;
  /** 1-based place in the whole list, and the list's length, for screen readers. */
  position: number;
  setSize: number;
  /** Offset from the top of the list, in px. */
  top: number;
  measure: (element: HTMLElement | null) => (() => void) | undefined;
  thumbs: ThumbCache;
}

/** One row; memoised, so scrolling renders only the rows that come into the window. */
const DocumentRow = memo(function DocumentRow({
  doc,
  position,
  setSize,
  top,
  measure,
  thumbs,
  onOpen,
  action,
}: DocumentRowProps) {
  return (
    <li
      ref={measure}
      data-key={doc.id}
      className="doc-row"
      aria-setsize={setSize}
      aria-posinset={position}
      style={{ transform: `translateY(${top}px)` }}
    >
      <DocumentThumb doc={doc} cache={thumbs} />
      {onOpen ? (
        <button type="button" className="link-button doc-row__open" data-nav-item onClick={() => onOpen(doc)}>
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
  );
});
