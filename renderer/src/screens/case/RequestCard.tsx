import type { RecordRequest } from '../../../../shared/schemas/case.schema.ts';
import { cx } from '../../lib/class-names.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { AlertIcon } from '../../ui/icons.tsx';
import { CaseDocumentList } from './CaseDocumentList.tsx';
import { dateOrDash, METHOD_LABELS, REQUEST_STATES, REQUESTABLE_LABELS } from './case-words.ts';

export interface RequestCardActions {
  onSent: (request: RecordRequest) => void;
  onReceived: (request: RecordRequest) => void;
  onLetter: (request: RecordRequest) => void;
  onEdit: (request: RecordRequest) => void;
  onDelete: (request: RecordRequest) => void;
  onOpenDocument: (documentId: string) => void;
}

/** "From 1 January 2026 to 3 March 2026", "Since …", "Up to …", or null when no dates were given. */
function dateRange(request: RecordRequest): string | null {
  const { fromDate, toDate } = request;
  if (fromDate && toDate) return `From ${dateOrDash(fromDate)} to ${dateOrDash(toDate)}`;
  if (fromDate) return `Since ${dateOrDash(fromDate)}`;
  if (toDate) return `Up to ${dateOrDash(toDate)}`;
  return null;
}

/** One records request: who, what, how, where it stands (overdue said in words), and what to do next. */
export function RequestCard({
  request,
  busy,
  actions,
  readOnly,
}: {
  request: RecordRequest;
  /** True while its letter is being made. */
  busy: boolean;
  actions: RequestCardActions;
  /** A closed case: the request as it stood; only its documents and letter can be opened. */
  readOnly: boolean;
}) {
  const state = REQUEST_STATES[request.state];
  const letterId = request.letterDocumentId;
  const titleId = `request-${request.id}-title`;
  const name = <span className="visually-hidden"> — request to {request.provider}</span>;
  const facts: Array<[string, string]> = [
    ['Asking for', request.items.map((id) => REQUESTABLE_LABELS[id]).join(', ')],
    ['How', METHOD_LABELS[request.method]],
  ];
  const range = dateRange(request);
  if (range) facts.push(['Dates', range]);
  if (request.details) facts.push(['Details', request.details]);
  if (request.providerContact) facts.push(['Their contact', request.providerContact]);
  if (request.sendTo) facts.push(['Send to', request.sendTo]);
  if (request.sentOn) facts.push(['Sent on', dateOrDash(request.sentOn)]);
  if (request.followUpOn && !request.receivedOn) facts.push(['Follow up on', dateOrDash(request.followUpOn)]);
  if (request.receivedOn) facts.push(['Received on', dateOrDash(request.receivedOn)]);
  if (request.notes) facts.push(['Notes', request.notes]);

  return (
    <Card as="li" className={cx('request', `request--${request.state}`)} aria-labelledby={titleId}>
      <div className="case-item__head">
        <h3 id={titleId} className="request__title">
          {request.provider}
          {request.department && <span className="request__department"> · {request.department}</span>}
        </h3>
        <Badge tone={state.tone}>{state.label}</Badge>
      </div>
      {request.state === 'overdue' && (
        <p className="request__overdue">
          <AlertIcon /> Overdue: nothing has arrived and the follow-up date ({dateOrDash(request.followUpOn)})
          has passed. Call {request.provider} to check on the request.
        </p>
      )}
      <dl className="case-facts case-facts--compact">
        {facts.map(([term, value]) => (
          <div key={term} className="case-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {request.documents.length > 0 && (
        <CaseDocumentList
          documents={request.documents}
          label={`received from ${request.provider}`}
          onOpen={actions.onOpenDocument}
        />
      )}
      <div className="actions-row">
        {request.state === 'draft' && !readOnly && (
          <Button variant="primary" onClick={() => actions.onSent(request)}>
            Mark as sent{name}
          </Button>
        )}
        {(request.state === 'sent' || request.state === 'overdue') && !readOnly && (
          <Button variant="primary" onClick={() => actions.onReceived(request)}>
            Mark as received{name}
          </Button>
        )}
        {request.state === 'received' && !readOnly && (
          <Button onClick={() => actions.onReceived(request)}>Change the linked documents{name}</Button>
        )}
        {letterId && (
          <Button onClick={() => actions.onOpenDocument(letterId)}>Open the request letter{name}</Button>
        )}
        {request.state !== 'received' && !readOnly && (
          <Button busy={busy} busyLabel="Making the letter…" onClick={() => actions.onLetter(request)}>
            {letterId ? 'Make the letter again' : 'Make the request letter'}
            {name}
          </Button>
        )}
        {!readOnly && (
          <>
            <Button variant="quiet" onClick={() => actions.onEdit(request)}>
              Edit{name}
            </Button>
            <Button variant="quiet" onClick={() => actions.onDelete(request)}>
              Delete{name}
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}
