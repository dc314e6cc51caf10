import type { VaultSettings } from '../../../shared/schemas/settings.schema.ts';
import { DEFAULT_SETTINGS, vaultSettingsSchema } from '../../../shared/schemas/settings.schema.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { readSetting, writeSetting } from './settings.repo.ts';

const KEY = 'vault-settings';

/** The vault's settings, with defaults for anything never set (and for anything unreadable). */
export function getSettings(session: VaultSession): VaultSettings {
  const raw = readSetting(session.db, KEY);
  if (!raw) return { ...DEFAULT_SETTINGS };
  const parsed = vaultSettingsSchema.partial().safeParse(JSON.parse(raw));
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function updateSettings(session: VaultSession, patch: Partial<VaultSettings>): VaultSettings {
  const next = vaultSettingsSchema.parse({ ...getSettings(session), ...patch });
  writeSetting(session.db, KEY, JSON.stringify(next));
  return next;
}
