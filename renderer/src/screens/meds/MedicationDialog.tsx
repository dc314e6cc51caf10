import { CALLS } from '../../../../shared/api/contract.ts';
import type { Medication, MedicationSuggestion, Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useSave } from '../../api/use-save.ts';
import { useFormFields } from '../../lib/use-form-fields.ts';
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
  const {
    values: fields,
    set,
    errors,
    setErrors,
    bind,
  } = useFormFields(() => initialFields(suggestion, medication));
  const { busy, failure, run } = useSave(onSaved);

  async function save() {
    const found = checkMedication(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const common = {
      name: fields.name.trim(),
      dose: orNull(fields.dose),
      frequency: orNull(fields.frequency),
      start: orNull(fields.start),
      stop: orNull(fields.stop),
    };
    await run(() =>
      medication
        ? api.call(CALLS.medsUpdate, medicationUpdate(medication, fields))
        : suggestion
          ? api.call(CALLS.medsAcceptSuggestion, { id: suggestion.id, edits: common })
          : api.call(CALLS.medsAdd, {
              personId,
              ...common,
              reason: orNull(fields.reason),
              regimenId: orNull(fields.regimenId),
            }),
    );
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
      <DrugNameField value={fields.name} onChange={(name) => set('name', name)} error={errors.name} />
      {medication ? (
        <p className="muted">
          To change the dose, or to say it was paused or stopped, use “Record a change” instead: the history
          keeps every step.
        </p>
      ) : (
        <>
          <TextField label="Dose" optional hint="For example “8 mg” or “1 tablet”." {...bind('dose')} />
          <TextField
            label="How often"
            optional
            hint="For example “twice a day” or “every 8 hours if sick”."
            {...bind('frequency')}
          />
          <TextField label="Started" optional hint={DATE_HINT} {...bind('start')} />
          <TextField
            label="Stopped"
            optional
            hint={`Leave empty if still taking it. ${DATE_HINT}`}
            {...bind('stop')}
          />
        </>
      )}
      {!suggestion && <TextField label="What it is for" optional {...bind('reason')} />}
      {!suggestion && regimens.length > 0 && (
        <SelectField
          label="Part of a chemotherapy regimen"
          hint="Choose the regimen this medicine is given in, if any."
          value={fields.regimenId}
          onChange={(event) => set('regimenId', event.target.value)}
          options={[
            { value: '', label: 'Not part of a regimen' },
            ...regimens.map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
      )}
      {medication && (
        <>
          <TextField label="Prescribed by" optional {...bind('prescriber')} />
          <TextAreaField
            label="Side effects"
            optional
            hint="What you noticed, and when."
            rows={3}
            {...bind('sideEffects')}
          />
        </>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
