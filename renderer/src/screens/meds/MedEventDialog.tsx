import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { partialDate, type Medication } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useSave } from '../../api/use-save.ts';
import { todayIso } from '../../lib/dates.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { TextField } from '../../ui/Field.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { useFormFields } from '../../lib/use-form-fields.ts';
import { DATE_HINT, orNull } from './medication-form.ts';

type Kind = 'change' | 'pause' | 'restart' | 'stop';

const KIND_LABELS: Record<Kind, string> = {
  change: 'The dose or schedule changed',
  pause: 'Paused for a while',
  restart: 'Started again',
  stop: 'Stopped',
};

/** What can happen next to a medicine, given whether it is being taken, paused or stopped. */
function kindsFor(med: Medication): Kind[] {
  const last = med.periods.at(-1);
  if (!med.current) return ['restart'];
  return last?.state === 'paused' ? ['restart', 'stop'] : ['change', 'pause', 'stop'];
}

export interface MedEventDialogProps {
  medication: Medication;
  onClose: () => void;
  onSaved: (medication: Medication) => void;
}

/** Record a dose change, a pause, a restart or a stop, with its date and reason. */
export function MedEventDialog({ medication, onClose, onSaved }: MedEventDialogProps) {
  const api = useApi();
  const kinds = kindsFor(medication);
  const [kind, setKind] = useState<Kind>(kinds[0]!);
  const { values, setErrors, bind } = useFormFields({
    date: todayIso(),
    dose: '',
    frequency: '',
    reason: '',
  });
  const { busy, failure, run } = useSave(onSaved);
  const withDose = kind === 'change' || kind === 'restart';

  async function save() {
    const { date, dose, frequency, reason } = values;
    const parsed = partialDate.safeParse(date.trim());
    setErrors({ date: parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'Check the date.') });
    if (!parsed.success) return;
    await run(() =>
      api.call(CALLS.medsRecordEvent, {
        medicationId: medication.id,
        kind,
        date: date.trim(),
        dose: withDose ? orNull(dose) : null,
        frequency: withDose ? orNull(frequency) : null,
        reason: orNull(reason),
      }),
    );
  }

  return (
    <FormDialog
      title={`Record a change to ${medication.name}`}
      onClose={onClose}
      submitLabel="Save"
      busy={busy}
      failure={failure}
      onSubmit={save}
    >
      <SelectField
        label="What happened"
        value={kind}
        onChange={(event) => setKind(event.target.value as Kind)}
        options={kinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
      />
      <TextField label="When" hint={DATE_HINT} {...bind('date')} />
      {withDose && (
        <>
          <TextField label="New dose" optional hint="For example “4 mg”." {...bind('dose')} />
          <TextField label="How often now" optional {...bind('frequency')} />
        </>
      )}
      <TextField
        label="Why"
        optional
        hint="For example “less nausea” or “side effects”."
        {...bind('reason')}
      />
    </FormDialog>
  );
}
