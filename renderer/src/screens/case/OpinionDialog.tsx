import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { CATEGORY_LABELS } from '../../../../shared/categories.ts';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type Opinion } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { blankToNull } from './case-form.ts';

export interface OpinionDialogProps {
  personId: string;
  caseId: string;
  opinion: Opinion;
  apply: (result: Result<CaseDetail>) => string | null;
  onDone: (message: string) => void;
  onClose: () => void;
}

export const OPINION_TITLES: Record<Opinion['which'], string> = {
  first: 'First opinion',
  second: 'Second opinion',
};

/** Writes down one doctor's opinion, and links their written report from the binder. */
export function OpinionDialog({ personId, caseId, opinion, apply, onDone, onClose }: OpinionDialogProps) {
  const api = useApi();
  const documents = useCall(CALLS.documentsList, { personId });
  const [fields, setFields] = useState({
    doctor: opinion.doctor ?? '',
    diagnosis: opinion.diagnosis ?? '',
    stage: opinion.stage ?? '',
    treatment: opinion.treatment ?? '',
    notes: opinion.notes ?? '',
    report: opinion.report?.id ?? '',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = OPINION_TITLES[opinion.which];
  const text = (key: keyof typeof fields) => ({
    value: fields[key],
    onChange: (event: { target: { value: string } }) =>
      setFields((f) => ({ ...f, [key]: event.target.value })),
  });

  async function submit() {
    setBusy(true);
    const failed = apply(
      await api.call(CASE_CALLS.setOpinion, {
        caseId,
        which: opinion.which,
        doctor: blankToNull(fields.doctor),
        diagnosis: blankToNull(fields.diagnosis),
        stage: blankToNull(fields.stage),
        treatment: blankToNull(fields.treatment),
        notes: blankToNull(fields.notes),
        reportDocumentId: fields.report || null,
      }),
    );
    setBusy(false);
    if (failed) setFailure(failed);
    else onDone(`The ${title.toLowerCase()} was saved.`);
  }

  const reportOptions = [
    { value: '', label: 'No report yet' },
    ...(documents.value ?? [])
      .filter((d) => d.status === 'done' || d.status === 'needs_review')
      .map((d) => ({
        value: d.id,
        label: `${d.title} (${d.category ? CATEGORY_LABELS[d.category] : 'not filed yet'})`,
      })),
  ];

  return (
    <FormDialog
      title={title}
      onClose={onClose}
      submitLabel="Save"
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      <TextField label="Doctor" optional {...text('doctor')} />
      <TextAreaField label="Diagnosis" optional rows={2} {...text('diagnosis')} />
      <TextField label="Stage" optional hint="For example “stage 2” or “T2 N0 M0”." {...text('stage')} />
      <TextAreaField label="Recommended treatment" optional rows={3} {...text('treatment')} />
      <TextAreaField label="Other notes" optional rows={3} {...text('notes')} />
      <SelectField
        label="The doctor’s written report"
        hint="Import the report into the binder first; then choose it here."
        options={reportOptions}
        {...text('report')}
      />
      {documents.error && <Notice tone="error">{documents.error}</Notice>}
    </FormDialog>
  );
}
