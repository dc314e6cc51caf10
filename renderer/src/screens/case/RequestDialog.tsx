import { useRef, useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import {
  CASE_CALLS,
  REQUEST_METHODS,
  REQUESTABLE_ITEMS,
  type CaseDetail,
  type RecordRequest,
  type RequestableItemId,
} from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { DateField } from '../../ui/DateField.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { CheckboxChoices } from './CheckboxChoices.tsx';
import { METHOD_LABELS, REQUESTABLE_LABELS } from './case-words.ts';
import { halfTypedProblem } from './half-typed.ts';
import { checkRequest, requestDraft, requestFields, type RequestDraftErrors } from './request-form.ts';

export interface RequestDialogProps {
  detail: CaseDetail;
  /** The request to edit, or the items a new request asks for. */
  from: RecordRequest | RequestableItemId[];
  apply: (result: Result<CaseDetail>) => string | null;
  onDone: (message: string) => void;
  onClose: () => void;
}

const METHOD_OPTIONS = REQUEST_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }));
const ITEM_OPTIONS = REQUESTABLE_ITEMS.map((id) => ({ value: id, label: REQUESTABLE_LABELS[id] }));

/** Adds a records request (to whom, what, how, which dates, where to send), or edits one. */
export function RequestDialog({ detail, from, apply, onDone, onClose }: RequestDialogProps) {
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const editing = Array.isArray(from) ? null : from;
  const [draft, setDraft] = useState(() => requestDraft(detail.case, from));
  const [errors, setErrors] = useState<RequestDraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const text = (
    key:
      'provider' | 'department' | 'providerContact' | 'details' | 'fromDate' | 'toDate' | 'sendTo' | 'notes',
  ) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: event.target.value })),
  });

  async function submit() {
    const found = checkRequest(draft);
    setErrors(found);
    const half = halfTypedProblem(formRef.current);
    if (half) return setFailure(half);
    if (Object.keys(found).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus();
      return;
    }
    setBusy(true);
    const fields = requestFields(draft);
    const result = editing
      ? await api.call(CASE_CALLS.requestsUpdate, { id: editing.id, ...fields })
      : await api.call(CASE_CALLS.requestsAdd, { caseId: detail.case.id, ...fields });
    const failed = apply(result);
    setBusy(false);
    if (failed) setFailure(failed);
    else
      onDone(
        editing
          ? `The request to ${fields.provider} was saved.`
          : `A request to ${fields.provider} was added.`,
      );
  }

  return (
    <FormDialog
      title={editing ? `Request to ${editing.provider}` : 'Request records'}
      onClose={onClose}
      submitLabel={editing ? 'Save request' : 'Add request'}
      busy={busy}
      failure={failure}
      formRef={formRef}
      onSubmit={submit}
    >
      <TextField
        label="Who has the records?"
        hint="The hospital, practice, lab or imaging center."
        error={errors.provider}
        {...text('provider')}
      />
      <TextField
        label="Department"
        optional
        hint="For example “Medical records” or “Pathology”."
        {...text('department')}
      />
      <TextAreaField
        label="Their address, fax number or portal"
        optional
        rows={2}
        {...text('providerContact')}
      />
      <CheckboxChoices
        legend="What to ask for"
        options={ITEM_OPTIONS}
        selected={draft.items}
        onChange={(items) => setDraft((d) => ({ ...d, items }))}
        error={errors.items}
      />
      <TextAreaField
        label="Anything more specific"
        optional
        rows={2}
        hint="For example “the biopsy of 3 February” or “the CT scans since January”."
        {...text('details')}
      />
      <SelectField
        label="How you will ask"
        options={METHOD_OPTIONS}
        value={draft.method}
        onChange={(event) => {
          const method = REQUEST_METHODS.find((m) => m === event.target.value);
          if (method) setDraft((d) => ({ ...d, method }));
        }}
      />
      <div className="case-fields-row">
        <DateField label="Records from" optional {...text('fromDate')} />
        <DateField label="Records until" optional error={errors.toDate} {...text('toDate')} />
      </div>
      <TextAreaField
        label="Where to send them"
        optional
        rows={3}
        hint="To you, or straight to the second-opinion office (name and address or fax)."
        {...text('sendTo')}
      />
      <TextAreaField label="Notes" optional rows={2} {...text('notes')} />
    </FormDialog>
  );
}
