import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, that really exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'That date does not exist.');

export const emptyInput = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });
