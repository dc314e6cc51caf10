import { CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { IdentityWarning } from '../document/IdentityWarning.tsx';

export interface ReviewItemProps {
  doc: DocumentSummary;
  busy: boolean;
  onFile: (category: CategoryId) => void;
  onChoose: () => void;
  onMove: (personId: string, name: string) => void;
  onSplit: () => void;
  onMerge: () => void;
  onOpen: () => void;
}

/** Why a document is waiting for a person, in words. */
function reason(doc: DocumentSummary): string {
  if (doc.errorMessage) return `Some pages could not be read: ${doc.errorMessage}`;
  if (doc.identityWarning) return 'It may belong to someone else in your family.';
  if (doc.suggestions.length === 0) return 'CareBinder found no clues to what kind of record this is.';
  return 'CareBinder is not sure what kind of record this is.';
}

/** One document waiting for a look, with one-click choices for its likeliest categories. */
export function ReviewItem({
  doc,
  busy,
  onFile,
  onChoose,
  onMove,
  onSplit,
  onMerge,
  onOpen,
}: ReviewItemProps) {
  const titleId = `review-${doc.id}`;
  return (
    <Card as="li" className="review-item" aria-labelledby={titleId} data-confirm-scope>
      <h3 id={titleId} className="review-item__title">
        <button type="button" className="link-button" data-nav-item onClick={onOpen}>
          {doc.title}
        </button>
      </h3>
      <p className="review-item__meta">
        {[
          doc.docDate ? formatLongDate(doc.docDate) : 'No date found',
          doc.pageCount === 1 ? '1 page' : `${doc.pageCount} pages`,
        ].join(' · ')}
      </p>
      <p>{reason(doc)}</p>
      {doc.identityWarning && <IdentityWarning warning={doc.identityWarning} busy={busy} onMove={onMove} />}
      {doc.evidence.length > 0 && (
        <p className="review-item__evidence">
          Words that point to a category: {doc.evidence.map((e) => `“${e}”`).join(', ')}
        </p>
      )}
      <div className="actions-row">
        {doc.suggestions.map((s, i) => (
          <Button
            key={s.category}
            variant={i === 0 ? 'primary' : 'secondary'}
            data-confirm-default={i === 0 || undefined}
            aria-disabled={busy || undefined}
            onClick={() => !busy && onFile(s.category)}
          >
            File as {CATEGORY_LABELS[s.category]}
          </Button>
        ))}
        <Button variant="quiet" onClick={onChoose}>
          {doc.suggestions.length > 0 ? 'Choose another category' : 'Choose a category'}
        </Button>
      </div>
      <div className="actions-row review-item__more">
        {doc.pageCount > 1 && (
          <button type="button" className="link-button" onClick={onSplit}>
            Split into parts
          </button>
        )}
        <button type="button" className="link-button" onClick={onMerge}>
          Put together with…
        </button>
      </div>
    </Card>
  );
}
