import { CALLS } from '../../../../shared/api/contract.ts';
import { isoDate } from '../../../../shared/schemas/common.schema.ts';
import type { Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useSave } from '../../api/use-save.ts';
import { todayIso } from '../../lib/dates.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { NumberField, TextField } from '../../ui/Field.tsx';
import { useFormFields } from '../../lib/use-form-fields.ts';
import { orNull } from './medication-form.ts';
import { nextCycleNumber, readWholeNumber } from './regimen-form.ts';

export interface CycleDialogProps {
  regimen: Regimen;
  onClose: () => void;
  onSaved: (regimen: Regimen) => void;
}

/** Record that a cycle was given, on a date (the next cycle by default; an earlier one can be corrected). */
export function CycleDialog({ regimen, onClose, onSaved }: CycleDialogProps) {
  const api = useApi();
  const { values, setErrors, bind } = useFormFields({
    number: String(nextCycleNumber(regimen)),
    date: todayIso(),
    notes: '',
  });
  const { busy, failure, run } = useSave(onSaved);

  async function save() {
    const { date, notes } = values;
    const cycle = readWholeNumber(values.number, 1, regimen.totalCycles ?? 100);
    const day = isoDate.safeParse(date);
    const found = {
      number: cycle.error ?? (cycle.value === null ? 'Please enter the cycle’s number.' : undefined),
      date: day.success ? undefined : 'Please enter the day it was given.',
    };
    setErrors(found);
    const cycleNumber = cycle.value;
    if (found.number || found.date || cycleNumber === null) return;
    await run(() =>
      api.call(CALLS.regimensRecordCycle, {
        regimenId: regimen.id,
        number: cycleNumber,
        date,
        notes: orNull(notes),
      }),
    );
  }

  return (
    <FormDialog
      title={`Record a cycle of ${regimen.name}`}
      onClose={onClose}
      submitLabel="Save"
      busy={busy}
      failure={failure}
      onSubmit={save}
    >
      <NumberField
        label="Cycle number"
        hint={regimen.totalCycles ? `Of ${regimen.totalCycles} planned.` : undefined}
        {...bind('number')}
      />
      <DateField label="Day it was given" {...bind('date')} />
      <TextField
        label="Notes"
        optional
        hint="For example “dose reduced” or “delayed a week”."
        {...bind('notes')}
      />
    </FormDialog>
  );
}
