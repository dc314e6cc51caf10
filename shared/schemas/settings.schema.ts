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

/** The text sizes offered, in percent of the normal size (WCAG 1.4.4 asks for up to 200%). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * How the app looks on this computer. Kept outside the encrypted vault, because the unlock screen needs
 * it before any key is known; it holds no record data.
 */
export const displaySettingsSchema = z.object({
  /** Size of all text, in percent of the normal size. */
  textSize: z.literal(TEXT_SIZES),
});
export type DisplaySettings = z.infer<typeof displaySettingsSchema>;

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { textSize: 100 };
