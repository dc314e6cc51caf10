import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Medication, MedicationSuggestion } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { DrugNameField } from './DrugNameField.tsx';
import {
  checkMedication,
  DATE_HINT,
  orNull,
  type MedicationErrors,
  type MedicationFields,
} from './medication-form.ts';

export interface MedicationDialogProps {
  personId: string;
  /** When set, the dialog edits this suggestion and accepts it; otherwise it adds a medicine by hand. */
  suggestion?: MedicationSuggestion;
  onClose: () => void;
  onSaved: (medication: Medication) => void;
}

function initialFields(s?: MedicationSuggestion): MedicationFields {
  return {
    name: s?.name ?? '',
    dose: s?.dose ?? s?.strength ?? '',
    frequency: s?.frequency ?? '',
    start: s?.start ?? '',
    stop: s?.stop ?? '',
    reason: '',
  };
}

/** Add a medicine by hand, or correct a suggestion from a document before accepting it. */
export function MedicationDialog({ personId, suggestion, onClose, onSaved }: MedicationDialogProps) {
  const api = useApi();
  const [fields, setFields] = useState(() => initialFields(suggestion));
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
    const result = suggestion
      ? await api.call(CALLS.medsAcceptSuggestion, { id: suggestion.id, edits: common })
      : await api.call(CALLS.medsAdd, { personId, ...common, reason: orNull(fields.reason) });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error.message);
  }

  return (
    <Dialog
      title={suggestion ? 'Check and accept' : 'Add a medicine'}
      onClose={onClose}
      footer={
        <>
          <Button variant="primary" busy={busy} busyLabel="Saving…" onClick={() => void save()}>
            {suggestion ? 'Accept' : 'Add medicine'}
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
      {!suggestion && (
        <TextField label="What it is for" optional value={fields.reason} onChange={set('reason')} />
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
