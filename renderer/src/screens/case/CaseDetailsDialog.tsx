import { useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import {
  AUTHORISATION_OPTIONS,
  draftFromCase,
  fieldsFromDraft,
  VISIT_MODE_OPTIONS,
  type CaseDraft,
  type CaseDraftKey,
} from './case-form.ts';
import { halfTypedField } from './half-typed.ts';

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
  const formId = `case-details-${detail.case.id}`;

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

  async function submit(event: FormEvent) {
    event.preventDefault();
    const half = halfTypedField(formRef.current);
    if (half) {
      setFailure(`“${half.label}” is not complete. Check the day, month and year, or clear it.`);
      half.input.focus();
      return;
    }
    setBusy(true);
    const error = apply(await api.call(CASE_CALLS.update, { id: detail.case.id, ...fieldsFromDraft(draft) }));
    setBusy(false);
    if (error) setFailure(error);
    else onDone();
  }

  return (
    <Dialog
      title="Details of the second opinion"
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form={formId} variant="primary" busy={busy} busyLabel="Saving…">
            Save details
          </Button>
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">Fill in what you know. You can come back and add the rest later.</p>
        <fieldset className="case-fieldset">
          <legend>The diagnosis</legend>
          <TextField
            label="Diagnosis, as you know it"
            optional
            hint="In your own words, for example “colon cancer, stage 2”."
            {...text('diagnosis')}
          />
          <TextField
            label="Date of diagnosis"
            optional
            type="date"
            className="field--date"
            {...text('diagnosisDate')}
          />
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
            <TextField
              label="Appointment date"
              optional
              type="date"
              className="field--date"
              {...text('appointmentDate')}
            />
            <TextField
              label="Time"
              optional
              type="time"
              className="field--date"
              {...text('appointmentTime')}
            />
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
          <TextField
            label="Planned start of treatment"
            optional
            type="date"
            className="field--date"
            hint="If a treatment is already planned, CareBinder reminds you when waiting could delay it."
            {...text('treatmentStartDate')}
          />
        </fieldset>
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
    </Dialog>
  );
}
