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

/** Turns anything thrown into a shape safe to show: unknown errors never leak their text (it may hold data). */
export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  return { code: 'INTERNAL', message: 'Something went wrong inside CareBinder. Your records are unchanged.' };
}
