import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type RecordRequest } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { CATEGORY_LABELS } from '../../../../shared/categories.ts';
import { formatLongDate, todayIso } from '../../lib/dates.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { CheckboxChoices } from './CheckboxChoices.tsx';

export interface RequestProgressDialogProps {
  personId: string;
  request: RecordRequest;
  /** 'sent': when it went out and when to follow up; 'received': when it arrived and which documents. */
  step: 'sent' | 'received';
  apply: (result: Result<CaseDetail>) => string | null;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** The person's documents that can arrive for a request (filed, not still being read, not its own letter). */
function useLinkableDocuments(personId: string, request: RecordRequest, enabled: boolean) {
  const list = useCall(CALLS.documentsList, enabled ? { personId } : null);
  const documents = (list.value ?? [])
    .filter((d) => d.status === 'done' || d.status === 'needs_review')
    .filter((d) => d.id !== request.letterDocumentId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { documents, error: list.error, loading: enabled && list.value === null && !list.error };
}

/** Marks a records request as sent (with its follow-up date) or as received (with the documents that came). */
export function RequestProgressDialog({
  personId,
  request,
  step,
  apply,
  onDone,
  onClose,
}: RequestProgressDialogProps) {
  const api = useApi();
  const received = step === 'received';
  const [date, setDate] = useState(todayIso());
  const [followUp, setFollowUp] = useState(request.followUpOn ?? '');
  const [linked, setLinked] = useState(request.documents.map((d) => d.id));
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const linkable = useLinkableDocuments(personId, request, received);

  async function submit() {
    if (!date) return setError('Please enter the day.');
    setError(null);
    setBusy(true);
    const failed = apply(
      await api.call(
        CASE_CALLS.requestsUpdate,
        received
          ? { id: request.id, receivedOn: date, documentIds: linked }
          : // Without a follow-up date the core sets one two weeks after the day it was sent.
            { id: request.id, sentOn: date, ...(followUp ? { followUpOn: followUp } : {}) },
      ),
    );
    setBusy(false);
    if (failed) return setFailure(failed);
    onDone(
      received
        ? `The records from ${request.provider} are marked as received.`
        : `The request to ${request.provider} is marked as sent.`,
    );
  }

  return (
    <FormDialog
      title={received ? `Received from ${request.provider}` : `Sent to ${request.provider}`}
      onClose={onClose}
      submitLabel={received ? 'Mark as received' : 'Mark as sent'}
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      <DateField
        label={received ? 'Received on' : 'Sent on'}
        value={date}
        error={error}
        onChange={(e) => setDate(e.target.value)}
      />
      {!received && (
        <DateField
          label="Follow up on"
          optional
          hint="The day to call them if nothing has arrived. Leave it empty and CareBinder picks two weeks after the day you sent it."
          value={followUp}
          onChange={(e) => setFollowUp(e.target.value)}
        />
      )}
      {received && linkable.loading && <p role="status">Loading the binder’s documents…</p>}
      {received && linkable.error && <Notice tone="error">{linkable.error}</Notice>}
      {received && !linkable.loading && linkable.documents.length === 0 && (
        <p className="muted">
          No documents in the binder yet. Import what arrived first, then link it here — or mark the request
          as received now and link the documents later.
        </p>
      )}
      {received && linkable.documents.length > 0 && (
        <CheckboxChoices
          legend="Which documents arrived?"
          scroll
          options={linkable.documents.map((d) => ({
            value: d.id,
            label: (
              <>
                {d.title}
                <span className="muted">
                  {' · '}
                  {d.category ? CATEGORY_LABELS[d.category] : 'Not filed yet'}
                  {d.docDate && ` · ${formatLongDate(d.docDate)}`}
                </span>
              </>
            ),
          }))}
          selected={linked}
          onChange={setLinked}
        />
      )}
    </FormDialog>
  );
}
