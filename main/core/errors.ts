import type { AppErrorShape, ErrorCode } from '../../shared/errors.ts';

/**
 * The one error type the core throws on purpose. `message` is shown to people as it is, so it is plain
 * language, says what to do next, and never carries record content or a patient's name.
 */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

/** The system's code for an error (`ENOSPC`, `EIO`, `SQLITE_FULL`…), or null for anything else. */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' ? code : null;
}

// A full disk, a full quota, and SQLite's "database or disk is full" all mean the same to a person.
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

export function isDiskFull(error: unknown): boolean {
  return DISK_FULL_CODES.has(systemErrorCode(error) ?? '');
}

/** The plain message for a full disk, wherever in the core it was noticed. */
export function diskFullError(cause?: unknown): AppError {
  return new AppError(
    'DISK_FULL',
    'There is not enough space on the disk to save this. Free up some space (or choose another drive), then try again.',
    { cause },
  );
}

// SQLite's codes for a page that failed SQLCipher's per-page HMAC, or a file that is no database at all.
const DATABASE_DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * A damaged or altered database page surfaces as SQLite's own error. It is the same kind of event as a
 * damaged vault header (tampering or disk damage), so people get the same VAULT_INTEGRITY answer —
 * "restore from a backup" — whether a call or a background job (import, export) met it.
 */
export function isDatabaseDamage(error: unknown): boolean {
  return DATABASE_DAMAGE_CODES.test(systemErrorCode(error) ?? '');
}

/**
 * Turns anything thrown into a shape safe to show: unknown errors never leak their text (it may hold data).
 * A full disk and a damaged database are recognised wherever they surfaced (a file write, SQLite), because
 * "something went wrong" would leave people no way to fix it.
 */
export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (isDiskFull(error)) return diskFullError().toShape();
  if (isDatabaseDamage(error))
    return {
      code: 'VAULT_INTEGRITY',
      message:
        'Part of the vault’s record database is damaged or was changed outside CareBinder, so it could not be read. Restore the vault from a backup.',
    };
  return { code: 'INTERNAL', message: 'Something went wrong inside CareBinder. Your records are unchanged.' };
}
