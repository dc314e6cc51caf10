import { z } from 'zod';

/** A date as precise as the person knows it: "2025", "2025-03" or "2025-03-04". */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'Use a year (2025), a month (2025-03) or a day (2025-03-04).',
  );

export const medicationEventKind = z.enum(['start', 'change', 'pause', 'restart', 'stop']);

export const medicationEventSchema = z.object({
  id: z.string(),
  date: partialDate.nullable(),
  kind: medicationEventKind,
  dose: z.string().nullable(),
  frequency: z.string().nullable(),
  perDay: z.number().nullable(),
  reason: z.string().nullable(),
});

/** A stretch of time with one dose and schedule (or paused), derived from the events. */
export const medicationPeriodSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  state: z.enum(['taking', 'paused']),
  dose: z.string().nullable(),
  frequency: z.string().nullable(),
});

export const medicationSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  generic: z.string().nullable(),
  brand: z.string().nullable(),
  /** False when the name is not in the bundled drug list (allowed, shown as "not recognised"). */
  known: z.boolean(),
  strength: z.string().nullable(),
  form: z.string().nullable(),
  route: z.string().nullable(),
  reason: z.string().nullable(),
  prescriber: z.string().nullable(),
  pharmacy: z.string().nullable(),
  notes: z.string().nullable(),
  sideEffects: z.string().nullable(),
  regimenId: z.string().nullable(),
  source: z.object({
    kind: z.enum(['manual', 'document', 'portal']),
    documentId: z.string().nullable(),
    page: z.number().nullable(),
    text: z.string().nullable(),
  }),
  events: z.array(medicationEventSchema),
  periods: z.array(medicationPeriodSchema),
  current: z.boolean(),
});
export type Medication = z.infer<typeof medicationSchema>;

export const medicationInputSchema = z
  .object({
    personId: z.string(),
    name: z.string().trim().min(1, 'Please enter the medicine’s name.').max(200),
    strength: z.string().max(100).nullable().optional(),
    form: z.string().max(100).nullable().optional(),
    dose: z.string().max(100).nullable().optional(),
    route: z.string().max(100).nullable().optional(),
    frequency: z.string().max(200).nullable().optional(),
    start: partialDate.nullable().optional(),
    stop: partialDate.nullable().optional(),
    reason: z.string().max(500).nullable().optional(),
    prescriber: z.string().max(200).nullable().optional(),
    pharmacy: z.string().max(200).nullable().optional(),
    notes: z.string().max(5000).nullable().optional(),
    sideEffects: z.string().max(5000).nullable().optional(),
    regimenId: z.string().nullable().optional(),
  })
  .strict();
export type MedicationInput = z.infer<typeof medicationInputSchema>;

export const medicationEventInputSchema = z
  .object({
    medicationId: z.string(),
    kind: medicationEventKind,
    date: partialDate.nullable(),
    dose: z.string().max(100).nullable().optional(),
    frequency: z.string().max(200).nullable().optional(),
    reason: z.string().max(500).nullable().optional(),
  })
  .strict();
export type MedicationEventInput = z.infer<typeof medicationEventInputSchema>;

export const medicationSuggestionSchema = z.object({
  id: z.string(),
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  page: z.number().nullable(),
  evidence: z.string(),
  name: z.string(),
  normalized: z.string().nullable(),
  strength: z.string().nullable(),
  dose: z.string().nullable(),
  route: z.string().nullable(),
  frequency: z.string().nullable(),
  start: z.string().nullable(),
  stop: z.string().nullable(),
  /** A medication already in the log with the same drug, if any (accepting adds to it, not a twin). */
  matchesMedicationId: z.string().nullable(),
  /** Set when the log has the same drug at a different dose over overlapping dates. */
  conflict: z.string().nullable(),
});
export type MedicationSuggestion = z.infer<typeof medicationSuggestionSchema>;

export const regimenSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  totalCycles: z.number().nullable(),
  cycleDays: z.number().nullable(),
  notes: z.string().nullable(),
  cycles: z.array(
    z.object({ id: z.string(), number: z.number(), date: z.string(), notes: z.string().nullable() }),
  ),
});
export type Regimen = z.infer<typeof regimenSchema>;
