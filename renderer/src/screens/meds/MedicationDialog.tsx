import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Medication, MedicationSuggestion, Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { DrugNameField } from './DrugNameField.tsx';
import {
  checkMedication,
  DATE_HINT,
  medicationUpdate,
  orNull,
  type MedicationErrors,
  type MedicationFields,
} from './medication-form.ts';

export interface MedicationDialogProps {
  personId: string;
  /** The person's regimens, so a medicine can be put in one. */
  regimens: Regimen[];
  /** When set, the dialog edits this suggestion and accepts it. */
  suggestion?: MedicationSuggestion;
  /** When set, the dialog edits what describes this medicine (its history has its own dialog). */
  medication?: Medication;
  onClose: () => void;
  onSaved: (medication: Medication) => void;
}

function initialFields(s?: MedicationSuggestion, med?: Medication): MedicationFields {
  return {
    name: med?.name ?? s?.name ?? '',
    dose: s?.dose ?? s?.strength ?? '',
    frequency: s?.frequency ?? '',
    start: s?.start ?? '',
    stop: s?.stop ?? '',
    reason: med?.reason ?? '',
    prescriber: med?.prescriber ?? '',
    sideEffects: med?.sideEffects ?? '',
    regimenId: med?.regimenId ?? '',
  };
}

/**
 * Add a medicine by hand, correct a suggestion from a document before accepting it, or edit a medicine
 * in the log (its name, what it is for, who prescribed it, side effects, and the regimen it belongs to).
 */
export function MedicationDialog({
  personId,
  regimens,
  suggestion,
  medication,
  onClose,
  onSaved,
}: MedicationDialogProps) {
  const api = useApi();
  const [fields, setFields] = useState(() => initialFields(suggestion, medication));
  const [errors, setErrors] = useState<MedicationErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof MedicationFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));

  async function save() {
    const found = checkMedication(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const common = {
      name: fields.name.trim(),
      dose: orNull(fields.dose),
      frequency: orNull(fields.frequency),
      start: orNull(fields.start),
      stop: orNull(fields.stop),
    };
    const result = medication
      ? await api.call(CALLS.medsUpdate, medicationUpdate(medication, fields))
      : suggestion
        ? await api.call(CALLS.medsAcceptSuggestion, { id: suggestion.id, edits: common })
        : await api.call(CALLS.medsAdd, {
            personId,
            ...common,
            reason: orNull(fields.reason),
            regimenId: orNull(fields.regimenId),
          });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error.message);
  }

  const title = medication ? `Edit ${medication.name}` : suggestion ? 'Check and accept' : 'Add a medicine';
  const action = medication ? 'Save changes' : suggestion ? 'Accept' : 'Add medicine';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button variant="primary" busy={busy} busyLabel="Saving…" onClick={() => void save()}>
            {action}
          </Button>
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      {suggestion && (
        <p className="evidence">
          From the document: <q>{suggestion.evidence}</q>
        </p>
      )}
      <DrugNameField
        value={fields.name}
        onChange={(name) => setFields((f) => ({ ...f, name }))}
        error={errors.name}
      />
      {medication ? (
        <p className="muted">
          To change the dose, or to say it was paused or stopped, use “Record a change” instead: the history
          keeps every step.
        </p>
      ) : (
        <>
          <TextField
            label="Dose"
            optional
            hint="For example “8 mg” or “1 tablet”."
            value={fields.dose}
            onChange={set('dose')}
          />
          <TextField
            label="How often"
            optional
            hint="For example “twice a day” or “every 8 hours if sick”."
            value={fields.frequency}
            onChange={set('frequency')}
          />
          <TextField
            label="Started"
            optional
            hint={DATE_HINT}
            value={fields.start}
            error={errors.start}
            onChange={set('start')}
          />
          <TextField
            label="Stopped"
            optional
            hint={`Leave empty if still taking it. ${DATE_HINT}`}
            value={fields.stop}
            error={errors.stop}
            onChange={set('stop')}
          />
        </>
      )}
      {!suggestion && (
        <TextField label="What it is for" optional value={fields.reason} onChange={set('reason')} />
      )}
      {!suggestion && regimens.length > 0 && (
        <SelectField
          label="Part of a chemotherapy regimen"
          hint="Choose the regimen this medicine is given in, if any."
          value={fields.regimenId}
          onChange={set('regimenId')}
          options={[
            { value: '', label: 'Not part of a regimen' },
            ...regimens.map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
      )}
      {medication && (
        <>
          <TextField label="Prescribed by" optional value={fields.prescriber} onChange={set('prescriber')} />
          <TextAreaField
            label="Side effects"
            optional
            hint="What you noticed, and when."
            rows={3}
            value={fields.sideEffects}
            onChange={set('sideEffects')}
          />
        </>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
