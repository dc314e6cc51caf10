import { useState } from 'react';
import { CASE_CALLS, type Case } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { ActionDialog } from '../../ui/ActionDialog.tsx';

export interface CaseStatusDialogProps {
  /** The case to close, or (closed) to reopen. */
  kase: Case;
  /** What the case is called where several are listed ("Second opinion: Lymphoma"). */
  name: string;
  /** Reopening: whether another case is active now (it is closed in turn). */
  replacesActive: boolean;
  /** Called once the change is made. */
  onDone: () => void;
  onClose: () => void;
}

/**
 * Asks before closing a case (everything in it is kept, and it can be reopened) or reopening an earlier
 * one (which closes the current one, since a person has one active case at a time).
 */
export function CaseStatusDialog({ kase, name, replacesActive, onDone, onClose }: CaseStatusDialogProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const closing = kase.status === 'active';

  async function confirm() {
    setBusy(true);
    const result = await api.call(CASE_CALLS.update, { id: kase.id, status: closing ? 'closed' : 'active' });
    setBusy(false);
    if (!result.ok) return setFailure(result.error.message);
    onDone();
  }

  return (
    <ActionDialog
      title={closing ? 'Close this second opinion?' : 'Reopen this second opinion?'}
      size="small"
      onClose={onClose}
      failure={failure}
      action={{
        label: closing ? 'Close the case' : 'Reopen the case',
        busy,
        busyLabel: closing ? 'Closing…' : 'Reopening…',
        onClick: () => void confirm(),
      }}
    >
      {closing ? (
        <>
          <p>
            Close “{name}” when it is over. Everything in it is kept — the checklist, requests, questions,
            visit notes, recordings and both opinions — and you can open it again to read it or reopen it.
          </p>
          <p>The documents stay in the binder. You can then start a new second opinion.</p>
        </>
      ) : (
        <p>
          Reopen “{name}” to change it again.
          {replacesActive &&
            ' The current second opinion will be closed, keeping everything in it: only one is open at a time.'}
        </p>
      )}
    </ActionDialog>
  );
}
