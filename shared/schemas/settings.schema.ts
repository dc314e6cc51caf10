import { z } from 'zod';

/** Settings kept inside the vault. */
export const vaultSettingsSchema = z.object({
  /** Minutes of inactivity before the vault locks itself (1–240). */
  autoLockMinutes: z.number().int().min(1).max(240),
  /** How to read ambiguous dates such as 03/04/2026: month first (US) or day first. */
  dateOrder: z.enum(['month-first', 'day-first']),
});
export type VaultSettings = z.infer<typeof vaultSettingsSchema>;

export const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 10, dateOrder: 'month-first' };
