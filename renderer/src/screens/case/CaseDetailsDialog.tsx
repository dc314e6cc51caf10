import { useRef, useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { DateField } from '../../ui/DateField.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import {
  AUTHORISATION_OPTIONS,
  draftFromCase,
  fieldsFromDraft,
  VISIT_MODE_OPTIONS,
  type CaseDraft,
  type CaseDraftKey,
} from './case-form.ts';
import { halfTypedProblem } from './half-typed.ts';

export interface CaseDetailsDialogProps {
  detail: CaseDetail;
  /** Shows the case as saved; returns the error to show, or null when it worked. */
  apply: (result: Result<CaseDetail>) => string | null;
  onDone: () => void;
  onClose: () => void;
}

/** Edits what the person knows about the case; every field may stay empty until it is known. */
export function CaseDetailsDialog({ detail, apply, onDone, onClose }: CaseDetailsDialogProps) {
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftFromCase(detail.case));
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const text = (key: CaseDraftKey) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: event.target.value })),
  });
  const choice = <K extends 'visitMode' | 'referral' | 'priorAuthorization'>(
    key: K,
    options: ReadonlyArray<{ value: CaseDraft[K] }>,
  ) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => {
      const picked = options.find((o) => o.value === event.target.value);
      if (picked) setDraft((d) => ({ ...d, [key]: picked.value }));
    },
  });

  async function submit() {
    const half = halfTypedProblem(formRef.current);
    if (half) return setFailure(half);
    setBusy(true);
    const error = apply(await api.call(CASE_CALLS.update, { id: detail.case.id, ...fieldsFromDraft(draft) }));
    setBusy(false);
    if (error) setFailure(error);
    else onDone();
  }

  return (
    <FormDialog
      title="Details of the second opinion"
      onClose={onClose}
      submitLabel="Save details"
      busy={busy}
      failure={failure}
      formRef={formRef}
      onSubmit={submit}
    >
      <p className="muted">Fill in what you know. You can come back and add the rest later.</p>
      <fieldset className="case-fieldset">
        <legend>The diagnosis</legend>
        <TextField
          label="Diagnosis, as you know it"
          optional
          hint="In your own words, for example “colon cancer, stage 2”."
          {...text('diagnosis')}
        />
        <DateField label="Date of diagnosis" optional {...text('diagnosisDate')} />
      </fieldset>
      <fieldset className="case-fieldset">
        <legend>Your current doctor</legend>
        <TextField label="Doctor" optional {...text('treatingDoctor')} />
        <TextField label="Hospital or practice" optional {...text('treatingFacility')} />
      </fieldset>
      <fieldset className="case-fieldset">
        <legend>The second opinion</legend>
        <TextField label="Second-opinion doctor" optional {...text('secondDoctor')} />
        <TextField label="Their hospital or practice" optional {...text('secondFacility')} />
        <TextAreaField
          label="Where to send records"
          optional
          rows={2}
          hint="Their address, fax number or portal — ask their office how they like to receive records."
          {...text('secondContact')}
        />
        <div className="case-fields-row">
          <DateField label="Appointment date" optional {...text('appointmentDate')} />
          <TextField label="Time" optional type="time" className="field--date" {...text('appointmentTime')} />
        </div>
        <SelectField
          label="In person or virtual"
          options={VISIT_MODE_OPTIONS}
          {...choice('visitMode', VISIT_MODE_OPTIONS)}
        />
      </fieldset>
      <fieldset className="case-fieldset">
        <legend>Insurance</legend>
        <SelectField
          label="Referral"
          options={AUTHORISATION_OPTIONS}
          {...choice('referral', AUTHORISATION_OPTIONS)}
        />
        <SelectField
          label="Prior authorisation"
          options={AUTHORISATION_OPTIONS}
          {...choice('priorAuthorization', AUTHORISATION_OPTIONS)}
        />
        <TextAreaField
          label="Notes about coverage"
          optional
          rows={3}
          hint="Who you spoke to, on which day, and what they said."
          {...text('insuranceNotes')}
        />
      </fieldset>
      <fieldset className="case-fieldset">
        <legend>Treatment</legend>
        <DateField
          label="Planned start of treatment"
          optional
          hint="If a treatment is already planned, CareBinder reminds you when waiting could delay it."
          {...text('treatmentStartDate')}
        />
      </fieldset>
    </FormDialog>
  );
}
