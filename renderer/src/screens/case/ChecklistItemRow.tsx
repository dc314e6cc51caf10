import {
  REQUESTABLE_ITEMS,
  type ChecklistItem,
  type RequestableItemId,
} from '../../../../shared/schemas/case.schema.ts';
import { cx } from '../../lib/class-names.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { CaseDocumentList } from './CaseDocumentList.tsx';
import { dateOrDash, itemState } from './case-words.ts';

export interface ChecklistItemActions {
  onRequest: (itemId: RequestableItemId) => void;
  onNotNeeded: (item: ChecklistItem) => void;
  onDone: (item: ChecklistItem) => void;
  /** Lets the vault decide again (undoes "not needed" or "done"). */
  onReset: (item: ChecklistItem) => void;
  onOpenDocument: (documentId: string) => void;
  onWriteQuestions: () => void;
}

const isRequestable = (id: string): id is RequestableItemId =>
  (REQUESTABLE_ITEMS as readonly string[]).includes(id);

/**
 * One checklist line: its state in words, its documents, what to do next, and the actions that fit (none
 * on a closed case, which is kept as it was).
 */
export function ChecklistItemRow({
  item,
  actions,
  readOnly,
}: {
  item: ChecklistItem;
  actions: ChecklistItemActions;
  readOnly: boolean;
}) {
  const state = itemState(item);
  const titleId = `item-${item.id}-title`;
  const name = <span className="visually-hidden"> — {item.label}</span>;
  const missing = item.status === 'missing';
  const doneByHand = item.canMarkDone && item.status === 'present';
  // Offered only while nothing is on its way for this item (its next step then names the request).
  const requestable = isRequestable(item.id) && item.openRequestIds.length === 0 ? item.id : null;
  return (
    <li className={cx('case-item', `case-item--${item.status}`)} aria-labelledby={titleId}>
      <div className="case-item__head">
        <h4 id={titleId} className="case-item__label">
          {item.label}
        </h4>
        <Badge tone={state.tone}>{state.label}</Badge>
      </div>
      {item.status === 'present' && (item.doneOn || item.detail) && (
        <p className="case-item__detail">
          {item.doneOn ? `Done on ${dateOrDash(item.doneOn)}` : item.detail}
        </p>
      )}
      {item.status === 'not_applicable' && (
        <p className="case-item__detail">Why: {item.reason ?? 'no reason given'}</p>
      )}
      {item.documents.length > 0 && (
        <CaseDocumentList documents={item.documents} label={item.label} onOpen={actions.onOpenDocument} />
      )}
      {doneByHand && item.note && <p className="case-item__detail">Note: {item.note}</p>}
      {missing && item.next && !readOnly && (
        <p className="case-item__next">
          <strong>What to do next:</strong> {item.next}
        </p>
      )}
      {!readOnly && (
        <div className="actions-row">
          {missing && requestable && (
            <Button
              variant={item.kind === 'document' ? 'primary' : 'secondary'}
              onClick={() => actions.onRequest(requestable)}
            >
              Request these records{name}
            </Button>
          )}
          {missing && item.canMarkDone && (
            <Button variant="primary" onClick={() => actions.onDone(item)}>
              Mark as done{name}
            </Button>
          )}
          {missing && item.id === 'questions_prepared' && (
            <Button variant="primary" onClick={actions.onWriteQuestions}>
              Write your questions
            </Button>
          )}
          {missing && (
            <Button variant="quiet" onClick={() => actions.onNotNeeded(item)}>
              Not needed{name}
            </Button>
          )}
          {item.status === 'not_applicable' && (
            <Button variant="quiet" onClick={() => actions.onReset(item)}>
              Undo “not needed”{name}
            </Button>
          )}
          {doneByHand && (
            <Button variant="quiet" onClick={() => actions.onReset(item)}>
              Undo “done”{name}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
