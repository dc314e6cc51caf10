import type { Medication } from '../../../../shared/schemas/meds.schema.ts';
import { partialDateToTime } from '../../lib/partial-dates.ts';

/** One drawn stretch of a medicine's timeline, in time (ms). */
export interface TimelineBar {
  from: number;
  to: number;
  state: 'taking' | 'paused';
  dose: string | null;
  frequency: string | null;
  /** The start of this stretch changed the dose or schedule of the one before. */
  doseChange: boolean;
  /** The start date was not recorded: drawn from the left edge. */
  openStart: boolean;
}

export interface TimelineRow {
  medication: Medication;
  bars: TimelineBar[];
}

/** Rows of bars and the span of time they cover; null when no medicine has a date to place it by. */
export function buildTimeline(
  medications: Medication[],
  now = Date.now(),
): { rows: TimelineRow[]; start: number; end: number } | null {
  const times = medications.flatMap((m) =>
    m.periods.flatMap((p) => [p.from && partialDateToTime(p.from), p.to && partialDateToTime(p.to, true)]),
  );
  const known = times.filter((t): t is number => typeof t === 'number');
  if (known.length === 0) return null;
  const start = Math.min(...known);
  const end = Math.max(now, ...known);
  // Oldest first, so the picture reads as the story of the treatment; undated ones last.
  const firstDate = (m: Medication) => m.periods.find((p) => p.from)?.from ?? '9999';
  const ordered = [...medications].sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
  const rows = ordered.map((medication) => {
    let lastTaking: { dose: string | null; frequency: string | null } | null = null;
    const last = medication.periods.length - 1;
    const bars = medication.periods.map((p, i): TimelineBar => {
      const from = (p.from && partialDateToTime(p.from)) || start;
      // A stretch that another follows ends where the next begins; only a final stop lasts its whole month or year.
      const to = (p.to && partialDateToTime(p.to, i === last)) || end;
      const doseChange =
        p.state === 'taking' &&
        lastTaking !== null &&
        (lastTaking.dose !== p.dose || lastTaking.frequency !== p.frequency);
      if (p.state === 'taking') lastTaking = { dose: p.dose, frequency: p.frequency };
      return {
        from,
        to: Math.max(to, from),
        state: p.state,
        dose: p.dose,
        frequency: p.frequency,
        doseChange,
        openStart: !p.from,
      };
    });
    return { medication, bars };
  });
  return { rows, start, end };
}

/** The first day of each year between start and end, for the axis. */
export function yearTicks(start: number, end: number): number[] {
  const first = new Date(start).getUTCFullYear() + 1;
  const last = new Date(end).getUTCFullYear();
  const years: number[] = [];
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  for (let y = first; y <= last; y += step) years.push(Date.UTC(y, 0, 1));
  return years;
}
