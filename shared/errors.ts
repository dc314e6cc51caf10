/**
 * Error codes that cross every boundary (core → api → doors → UI/CLI). Messages are plain language,
 * say what to do next, and never contain record content or patient names.
 */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_INTEGRITY',
  'VAULT_UNSUPPORTED',
  'DOCUMENT_INTEGRITY',
  'BACKUP_INTEGRITY',
  'KEYCHAIN_UNAVAILABLE',
  'NOT_FOUND',
  'INVALID_INPUT',
  'FILE_REFUSED',
  'CANCELLED',
  'DISK_FULL',
  'WRITE_FAILED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The serialisable error every door receives. */
export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

/** Result envelope returned by every API call (DESIGN.md §8.4). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
