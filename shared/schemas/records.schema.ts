import { z } from 'zod';

/** One lab value (from a portal export), with its reference range as printed. */
export const labResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  loinc: z.string().nullable(),
  value: z.string(),
  numericValue: z.number().nullable(),
  unit: z.string().nullable(),
  referenceRange: z.string().nullable(),
  interpretation: z.string().nullable(),
  date: z.string().nullable(),
  documentId: z.string().nullable(),
  /** True when the value lies outside its reference range, or the lab flagged it. */
  outOfRange: z.boolean(),
  /** Which side of the range, when known from the value or the lab's flag. */
  direction: z.enum(['high', 'low']).nullable(),
});
export type LabResult = z.infer<typeof labResultSchema>;

export const clinicalItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['problem', 'allergy', 'procedure']),
  name: z.string(),
  code: z.string().nullable(),
  date: z.string().nullable(),
  status: z.string().nullable(),
  detail: z.string().nullable(),
  documentId: z.string().nullable(),
});
