import { AppError, diskFullError, isDiskFull, systemErrorCode } from '../errors.ts';

// The system refusing the write outright, as opposed to the disk failing part-way.
const REFUSED_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Turns the operating system's error for a failed save into the plain AppError people see (the original
 * stays as `cause` for the log). Anything that is not an errno error (a bug such as Node's ERR_INVALID_ARG_TYPE,
 * an AppError) passes through, so a programming mistake is never dressed up as a disk problem.
 */
export function writeFailure(error: unknown): unknown {
  const code = systemErrorCode(error);
  if (code === null || !/^E[A-Z0-9]+$/.test(code) || error instanceof AppError) return error;
  if (isDiskFull(error)) return diskFullError(error);
  if (REFUSED_CODES.has(code)) {
    return new AppError(
      'WRITE_FAILED',
      'CareBinder is not allowed to save in this folder: it is read-only or protected. Check the folder’s permissions, or choose another place, then try again.',
      { cause: error },
    );
  }
  return new AppError(
    'WRITE_FAILED',
    'A file could not be saved because the disk or folder reported a problem, so it was left as it was. Check that the drive is still connected, then try again.',
    { cause: error },
  );
}
