import type { Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';

/** A whole number typed in a box: null when left blank, or the words saying what is wrong with it. */
export function readWholeNumber(
  text: string,
  min: number,
  max: number,
): { value: number | null; error: string | null } {
  const trimmed = text.trim();
  if (!trimmed) return { value: null, error: null };
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < min || value > max)
    return { value: null, error: `Enter a whole number from ${min} to ${max}.` };
  return { value, error: null };
}

/** The cycles of a regimen, first to last. */
export function cyclesInOrder(regimen: Regimen): Regimen['cycles'] {
  return [...regimen.cycles].sort((a, b) => a.number - b.number);
}

/** The cycle to record next: one after the highest recorded. */
export function nextCycleNumber(regimen: Regimen): number {
  return regimen.cycles.reduce((high, c) => Math.max(high, c.number), 0) + 1;
}

/** True when every planned cycle has been recorded. */
export function isFinished(regimen: Regimen): boolean {
  return regimen.totalCycles !== null && nextCycleNumber(regimen) > regimen.totalCycles;
}

/** "Cycle 3 of 4, last given March 10, 2026", or "No cycles recorded yet (4 planned)". */
export function describeProgress(regimen: Regimen): string {
  const planned = regimen.totalCycles;
  if (regimen.cycles.length === 0)
    return planned ? `No cycles recorded yet (${planned} planned)` : 'No cycles recorded yet';
  const highest = nextCycleNumber(regimen) - 1;
  const lastDate = regimen.cycles.reduce((late, c) => (c.date > late ? c.date : late), '');
  const cycle = planned ? `Cycle ${highest} of ${planned}` : `Cycle ${highest}`;
  return `${cycle}, last given ${formatLongDate(lastDate)}`;
}

/** "Every 21 days" (how far apart the cycles are planned), or null when not given. */
export function describeSpacing(regimen: Regimen): string | null {
  if (!regimen.cycleDays) return null;
  return regimen.cycleDays === 1 ? 'Every day' : `Every ${regimen.cycleDays} days`;
}
