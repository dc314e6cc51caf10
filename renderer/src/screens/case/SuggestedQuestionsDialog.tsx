import { useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import {
  CASE_CALLS,
  type CaseDetail,
  type SuggestedQuestion,
} from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { ActionDialog } from '../../ui/ActionDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { CheckboxChoices } from './CheckboxChoices.tsx';

export interface SuggestedQuestionsDialogProps {
  caseId: string;
  apply: (result: Result<CaseDetail>) => string | null;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Offers the questions patient guides suggest; the person picks the ones to add (all, to start with). */
export function SuggestedQuestionsDialog({ caseId, apply, onDone, onClose }: SuggestedQuestionsDialogProps) {
  const api = useApi();
  const suggested = useCall(CASE_CALLS.questionsSuggested, { caseId });
  const open = suggested.value?.filter((q) => !q.added) ?? [];
  const [chosen, setChosen] = useState<Array<SuggestedQuestion['id']> | null>(null);
  const picked = chosen ?? open.map((q) => q.id);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    setBusy(true);
    let added = 0;
    for (const suggestionId of picked) {
      const failed = apply(await api.call(CASE_CALLS.questionsAdd, { caseId, suggestionId }));
      if (failed) {
        setBusy(false);
        return setFailure(failed);
      }
      added += 1;
    }
    setBusy(false);
    onDone(added === 1 ? '1 suggested question was added.' : `${added} suggested questions were added.`);
  }

  return (
    <ActionDialog
      title="Suggested questions"
      onClose={onClose}
      failure={failure}
      action={{
        label: picked.length === 1 ? 'Add 1 question' : `Add ${picked.length} questions`,
        busy,
        busyLabel: 'Adding…',
        'aria-disabled': picked.length === 0 || undefined,
        onClick: () => picked.length > 0 && void add(),
      }}
    >
      <p>
        Patient guides suggest asking these. Choose the ones you want; you can change their words or their
        order afterwards.
      </p>
      {suggested.error && <Notice tone="error">{suggested.error}</Notice>}
      {suggested.value === null && !suggested.error && <p role="status">Loading…</p>}
      {suggested.value && open.length === 0 && (
        <p className="muted">Every suggested question is already on your list.</p>
      )}
      {open.length > 0 && (
        <CheckboxChoices
          legend="Questions to add"
          options={open.map((q) => ({
            value: q.id,
            label: (
              <>
                <span className="suggested__text">{q.text}</span>
                <span className="suggested__why">{q.why}</span>
              </>
            ),
          }))}
          selected={picked}
          onChange={setChosen}
        />
      )}
    </ActionDialog>
  );
}
