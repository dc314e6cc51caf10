import fs from 'node:fs';
import path from 'node:path';
import type { DisplaySettings } from '../../../shared/schemas/settings.schema.ts';
import { DEFAULT_DISPLAY_SETTINGS, displaySettingsSchema } from '../../../shared/schemas/settings.schema.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';

/**
 * Display settings live in a small plain file in the vault folder, not in the encrypted database: the
 * text size must apply to the unlock screen, before any key exists. It says only how big the text is.
 */
const DISPLAY_FILE = 'display.json';

/** The display settings of the vault folder `vaultDir`; defaults when never set or unreadable. */
export function getDisplaySettings(vaultDir: string): DisplaySettings {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(vaultDir, DISPLAY_FILE), 'utf8'));
  } catch {
    return { ...DEFAULT_DISPLAY_SETTINGS };
  }
  const parsed = displaySettingsSchema.partial().safeParse(raw);
  return { ...DEFAULT_DISPLAY_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** Saves a change to the display settings (atomically, so a crash leaves the old or the new file). */
export function updateDisplaySettings(vaultDir: string, patch: Partial<DisplaySettings>): DisplaySettings {
  const next = displaySettingsSchema.parse({ ...getDisplaySettings(vaultDir), ...patch });
  fs.mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
  writeFileAtomic(path.join(vaultDir, DISPLAY_FILE), [Buffer.from(JSON.stringify(next), 'utf8')]);
  return next;
}
