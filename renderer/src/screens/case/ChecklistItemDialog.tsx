import { useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type ChecklistItem } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { todayIso } from '../../lib/dates.ts';
import { DateField } from '../../ui/DateField.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';

export interface ChecklistItemDialogProps {
  caseId: string;
  item: ChecklistItem;
  /** 'not_applicable' asks why; 'done' asks when. */
  mode: 'not_applicable' | 'done';
  apply: (result: Result<CaseDetail>) => string | null;
  onDone: () => void;
  onClose: () => void;
}

/** Says that a checklist item does not apply (with the reason, which is required) or that a task is done. */
export function ChecklistItemDialog({
  caseId,
  item,
  mode,
  apply,
  onDone,
  onClose,
}: ChecklistItemDialogProps) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState(item.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notApplicable = mode === 'not_applicable';

  async function submit() {
    if (notApplicable && !reason.trim()) {
      setError('Please say why, so you and the doctors know later (for example “No surgery yet”).');
      return;
    }
    if (!notApplicable && !date) {
      setError('Please enter the day it was done.');
      return;
    }
    setError(null);
    setBusy(true);
    const failed = apply(
      await api.call(CASE_CALLS.setItem, {
        caseId,
        itemId: item.id,
        state: mode,
        ...(notApplicable ? { reason: reason.trim() } : { date, note: note.trim() || null }),
      }),
    );
    setBusy(false);
    if (failed) setFailure(failed);
    else onDone();
  }

  return (
    <FormDialog
      title={notApplicable ? `Not needed: ${item.label}` : `Done: ${item.label}`}
      size="small"
      onClose={onClose}
      submitLabel={notApplicable ? 'Mark as not needed' : 'Mark as done'}
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      {notApplicable ? (
        <TextField
          label="Why is it not needed?"
          hint="For example “No surgery yet” or “No hospital stay”. You can undo this at any time."
          value={reason}
          error={error}
          maxLength={300}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : (
        <>
          <DateField label="Done on" value={date} error={error} onChange={(e) => setDate(e.target.value)} />
          <TextAreaField
            label="Note"
            optional
            rows={2}
            hint="For example the tracking number, or who you spoke to."
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}
    </FormDialog>
  );
}
