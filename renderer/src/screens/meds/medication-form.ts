import type { CALLS, CallInput } from '../../../../shared/api/contract.ts';
import { partialDate, type Medication } from '../../../../shared/schemas/meds.schema.ts';

/** The fields of the add, edit and edit-a-suggestion forms, as typed ('' for "not known"). */
export interface MedicationFields {
  name: string;
  dose: string;
  frequency: string;
  start: string;
  stop: string;
  reason: string;
  prescriber: string;
  sideEffects: string;
  /** The regimen the medicine is given in, '' for none. */
  regimenId: string;
}

export type MedicationErrors = Partial<Record<keyof MedicationFields, string>>;

/** Blank text as null: the API keeps "not known" apart from an empty string. */
export const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** Checks the fields people must get right (a name, dates in a form CareBinder understands). */
export function checkMedication(fields: MedicationFields): MedicationErrors {
  const errors: MedicationErrors = {};
  if (!fields.name.trim()) errors.name = 'Please enter the medicine’s name.';
  for (const key of ['start', 'stop'] as const) {
    const text = fields[key].trim();
    if (!text) continue;
    const parsed = partialDate.safeParse(text);
    if (!parsed.success) errors[key] = parsed.error.issues[0]?.message ?? 'Check the date.';
  }
  return errors;
}

export const DATE_HINT = 'A year (2025), a month (2025-03) or a day (2025-03-04) — as much as you know.';

/**
 * The `meds:update` input for an edited medicine. The core replaces every describing field, so the ones
 * this form does not show (strength, form, route, pharmacy, notes) are sent back as they were.
 */
export function medicationUpdate(
  med: Medication,
  fields: MedicationFields,
): CallInput<typeof CALLS.medsUpdate> {
  return {
    id: med.id,
    name: fields.name.trim(),
    strength: med.strength,
    form: med.form,
    route: med.route,
    pharmacy: med.pharmacy,
    notes: med.notes,
    reason: orNull(fields.reason),
    prescriber: orNull(fields.prescriber),
    sideEffects: orNull(fields.sideEffects),
    regimenId: orNull(fields.regimenId),
  };
}
