import { formatLongDate } from './dates.ts';

const MONTH_YEAR = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as precise as it was recorded: "2025", "March 2025" or "4 March 2025". */
export function formatPartialDate(value: string | null): string {
  if (!value) return 'Date not known';
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return MONTH_YEAR.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  // Portal records may carry a time after the day; the day is what people need.
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? formatLongDate(value.slice(0, 10)) : value;
}

/**
 * A partial date as a time (ms) for drawing on a timeline: the start of the year or month it names, or
 * its end when `end` is set (a stop recorded as "2025-03" lasts to the end of March).
 */
export function partialDateToTime(value: string, end = false): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : null;
  const day = match[3] ? Number(match[3]) : null;
  if (!end) return Date.UTC(year, month ?? 0, day ?? 1);
  if (day !== null) return Date.UTC(year, month ?? 0, day + 1);
  if (month !== null) return Date.UTC(year, month + 1, 1);
  return Date.UTC(year + 1, 0, 1);
}
