import { CALLS } from '../../../../shared/api/contract.ts';
import type { Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useSave } from '../../api/use-save.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { NumberField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { useFormFields } from '../../lib/use-form-fields.ts';
import { orNull } from './medication-form.ts';
import { readWholeNumber } from './regimen-form.ts';

export interface RegimenDialogProps {
  personId: string;
  onClose: () => void;
  onSaved: (regimen: Regimen) => void;
}

/** Add a chemotherapy regimen: its name, how many cycles are planned and how far apart. */
export function RegimenDialog({ personId, onClose, onSaved }: RegimenDialogProps) {
  const api = useApi();
  const { values, setErrors, bind } = useFormFields({ name: '', total: '', days: '', notes: '' });
  const { busy, failure, run } = useSave(onSaved);

  async function save() {
    const { name, total, days, notes } = values;
    const totalCycles = readWholeNumber(total, 1, 100);
    const cycleDays = readWholeNumber(days, 1, 365);
    const found = {
      name: name.trim() ? undefined : 'Please enter the regimen’s name, as the care team writes it.',
      total: totalCycles.error ?? undefined,
      days: cycleDays.error ?? undefined,
    };
    setErrors(found);
    if (found.name || found.total || found.days) return;
    await run(() =>
      api.call(CALLS.regimensAdd, {
        personId,
        name: name.trim(),
        totalCycles: totalCycles.value,
        cycleDays: cycleDays.value,
        notes: orNull(notes),
      }),
    );
  }

  return (
    <FormDialog
      title="Add a chemotherapy regimen"
      onClose={onClose}
      submitLabel="Add regimen"
      busy={busy}
      failure={failure}
      onSubmit={save}
    >
      <TextField
        label="Name of the regimen"
        hint="As the care team writes it, for example “AC-T” or “FOLFOX”."
        {...bind('name')}
      />
      <NumberField label="How many cycles are planned" optional {...bind('total')} />
      <NumberField
        label="Days from one cycle to the next"
        optional
        hint="For example 14 or 21."
        {...bind('days')}
      />
      <TextAreaField label="Notes" optional rows={3} {...bind('notes')} />
    </FormDialog>
  );
}
