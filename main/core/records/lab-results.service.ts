import type { LabResult } from '../../../shared/schemas/records.schema.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { listLabResults, type LabResultRow } from './records.repo.ts';

/** Reads "3.5-5.0", "3.5 - 5.0 mmol/L", "<5", ">60" into bounds. */
export function parseReferenceRange(range: string | null): { low: number | null; high: number | null } {
  if (!range) return { low: null, high: null };
  const between = /(-?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(-?\d+(?:\.\d+)?)/.exec(range);
  if (between) return { low: Number(between[1]), high: Number(between[2]) };
  const below = /^\s*(?:<|≤|less than)\s*(-?\d+(?:\.\d+)?)/i.exec(range);
  if (below) return { low: null, high: Number(below[1]) };
  const above = /^\s*(?:>|≥|greater than)\s*(-?\d+(?:\.\d+)?)/i.exec(range);
  if (above) return { low: Number(above[1]), high: null };
  return { low: null, high: null };
}

const FLAGGED = /^(h|l|hh|ll|a|aa|high|low|abnormal|critical)/i;

/** Which side of its range a value lies: from the number when both are numeric, else the lab's H/L flag. */
function direction(row: LabResultRow): 'high' | 'low' | null {
  const { low, high } = parseReferenceRange(row.referenceRange);
  if (row.numericValue !== null) {
    if (low !== null && row.numericValue < low) return 'low';
    if (high !== null && row.numericValue > high) return 'high';
  }
  const flag = row.interpretation?.trim().toLowerCase() ?? '';
  if (/^(h|hh|high)\b/.test(flag)) return 'high';
  if (/^(l|ll|low)\b/.test(flag)) return 'low';
  return null;
}

/** A person's lab results, grouped by test name then date, each marked when out of range. */
export function labResults(session: VaultSession, personId: string): LabResult[] {
  return listLabResults(session.db, personId).map((row) => {
    const side = direction(row);
    const flagged = row.interpretation !== null && FLAGGED.test(row.interpretation.trim());
    return { ...row, direction: side, outOfRange: side !== null || flagged };
  });
}
