/**
 * The only logger in the core. Logs are operational (what step, how long, which error code), never record
 * content: callers pass structured fields, and `redact` masks anything that looks like personal data in
 * case a value slips through (names are the caller's job to leave out; numbers and dates are masked here).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogFields = Record<string, string | number | boolean | null | undefined>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: number =
  LEVELS[(process.env.CAREBINDER_LOG_LEVEL as LogLevel | undefined) ?? 'warn'] ?? LEVELS.warn;
let sink: (line: string) => void = (line) => process.stderr.write(line + '\n');

/** Masks digit runs (record numbers, dates, phone numbers) and e-mail addresses. */
export function redact(text: string): string {
  return text.replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '[email]').replace(/\d[\d/.\- ]{3,}\d/g, '[number]');
}

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  if (LEVELS[level] < threshold) return;
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? JSON.stringify(redact(v)) : String(v)}`);
  sink(`[carebinder] ${level} ${event}${parts.length ? ' ' + parts.join(' ') : ''}`);
}

export const log = {
  debug: (event: string, fields?: LogFields) => write('debug', event, fields),
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
};

/** For tests and doors that collect logs (the no-leak tests read everything written here). */
export function setLogSink(next: (line: string) => void, level: LogLevel = 'debug'): void {
  sink = next;
  threshold = LEVELS[level];
}
