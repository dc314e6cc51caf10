import { z } from 'zod';
import { isoDate } from './common.schema.ts';

/** A family member whose records the vault keeps. */
export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: isoDate.nullable(),
  relationship: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personInputSchema = z.object({
  name: z.string().trim().min(1, 'Please enter a name.').max(200),
  birthDate: isoDate.nullable().optional(),
  relationship: z.string().max(100).nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;
