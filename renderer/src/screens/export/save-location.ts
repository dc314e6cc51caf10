import type { ExportFormat } from '../../../../shared/schemas/export.schema.ts';

/**
 * The default vault locations (main/core/vault/vault-paths.ts) sit inside the person's home folder; when
 * the vault is in one of them, the home folder is known. Anywhere else it is not, and the person is
 * asked for the folder instead of being given a guess that might be wrong.
 */
const HOME_FROM_VAULT = [
  /^(\/.+)\/\.local\/share\/CareBinder\/?$/,
  /^(\/.+)\/Library\/Application Support\/CareBinder\/?$/,
  /^([A-Za-z]:\\Users\\[^\\]+)\\AppData\\Roaming\\CareBinder\\?$/,
];

/** The person's home folder, when the vault is in its default place; null otherwise. */
export function homeFromVaultDir(vaultDir: string): string | null {
  for (const pattern of HOME_FROM_VAULT) {
    const match = pattern.exec(vaultDir);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** "<home>/Documents/CareBinder packets", or "" when the home folder is not known. */
export function defaultPacketsFolder(vaultDir: string): string {
  const home = homeFromVaultDir(vaultDir);
  return home ? joinPath(joinPath(home, 'Documents'), 'CareBinder packets') : '';
}

/** True for a full path: "/…", "C:\…" or "\\server\…" (the core refuses anything relative). */
export function isFullPath(folder: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder.trim());
}

/** Joins a folder and a name with the folder's own separator (a Windows path keeps its backslashes). */
export function joinPath(folder: string, name: string): string {
  const trimmed = folder.trim();
  const separator = trimmed.includes('\\') && !trimmed.includes('/') ? '\\' : '/';
  return `${trimmed.replace(/[\\/]+$/, '')}${separator}${name}`;
}

const EXTENSIONS: Record<ExportFormat, string> = { pdf: '.pdf', folder: '', zip: '.zip', fhir: '.json' };

/** The packet's file name (or folder name, for a folder) for a format, from the suggested name. */
export function packetFileName(suggestedName: string, format: ExportFormat): string {
  return `${suggestedName}${EXTENSIONS[format]}`;
}

/** Swaps a name's packet extension for the one of another format, keeping what the person typed. */
export function renameForFormat(name: string, format: ExportFormat): string {
  const stem = name.trim().replace(/\.(pdf|zip|json)$/i, '');
  return `${stem}${EXTENSIONS[format]}`;
}
