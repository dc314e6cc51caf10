import os from 'node:os';
import path from 'node:path';

/** Names of the files inside a vault folder. */
export const VAULT_FILES = {
  header: 'vault.json',
  database: 'carebinder.db',
  documents: 'files',
} as const;

/**
 * Where the vault lives: an explicit folder (`--vault DIR`), else CAREBINDER_HOME, else the platform's
 * app-data folder (~/.local/share/CareBinder, ~/Library/Application Support/CareBinder, %APPDATA%\CareBinder).
 */
export function resolveVaultDir(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.CAREBINDER_HOME) return path.resolve(env.CAREBINDER_HOME);
  return defaultVaultDir(env);
}

export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'CareBinder');
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'CareBinder');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'CareBinder');
}

export function vaultFile(dir: string, name: keyof typeof VAULT_FILES): string {
  return path.join(dir, VAULT_FILES[name]);
}
