import type { EventRow } from './medications.repo.ts';

/** A stretch of time with one dose and schedule, or paused. */
export interface MedicationPeriod {
  from: string | null;
  to: string | null;
  state: 'taking' | 'paused';
  dose: string | null;
  frequency: string | null;
}

/**
 * Turns the events of one medication into the periods a history shows: a start opens a period, a dose
 * change closes it and opens the next with the new dose, a pause opens a paused period, a restart resumes
 * (with the last dose unless a new one is given), a stop closes it. Events are never rewritten, so the
 * history keeps every dose the person ever took.
 */
export function periodsFromEvents(events: EventRow[]): { periods: MedicationPeriod[]; current: boolean } {
  const periods: MedicationPeriod[] = [];
  let open: MedicationPeriod | null = null;
  let dose: string | null = null;
  let frequency: string | null = null;
  const close = (date: string | null) => {
    if (open) {
      open.to = date;
      periods.push(open);
      open = null;
    }
  };
  for (const event of events) {
    dose = event.dose ?? dose;
    frequency = event.frequency ?? frequency;
    switch (event.kind) {
      case 'start':
      case 'restart':
      case 'change':
        close(event.date);
        open = { from: event.date, to: null, state: 'taking', dose, frequency };
        break;
      case 'pause':
        close(event.date);
        open = { from: event.date, to: null, state: 'paused', dose, frequency };
        break;
      case 'stop':
        close(event.date);
        break;
    }
  }
  const current = open !== null && (open as MedicationPeriod).state === 'taking';
  if (open) periods.push(open);
  return { periods, current };
}
