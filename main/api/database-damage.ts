import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../core/errors.ts';
import { log } from '../core/log/logger.ts';

/** SQLite's codes for a page that failed SQLCipher's per-page HMAC, or a file that is no database at all. */
const DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * A damaged or altered database page reaches the doors as SQLite's own error, not an AppError. It is the
 * same kind of event as a damaged vault header (tampering or disk damage), so people get the same
 * VAULT_INTEGRITY answer — "restore from a backup" — instead of "something went wrong". Null for any
 * other error. Only SQLite's error code is logged, never its text.
 */
export function databaseDamage(error: unknown): AppError | null {
  if (!(error instanceof Database.SqliteError) || !DAMAGE_CODES.test(error.code)) return null;
  log.warn('database.integrity', { code: error.code });
  return new AppError(
    'VAULT_INTEGRITY',
    'Part of the vault’s record database is damaged or was changed outside CareBinder, so it could not be read. Restore the vault from a backup.',
    { cause: error },
  );
}
