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

function isOutOfRange(row: LabResultRow): boolean {
  if (row.interpretation && FLAGGED.test(row.interpretation.trim())) return true;
  if (row.numericValue === null) return false;
  const { low, high } = parseReferenceRange(row.referenceRange);
  return (low !== null && row.numericValue < low) || (high !== null && row.numericValue > high);
}

/** A person's lab results, grouped by test name then date, each marked when out of range. */
export function labResults(session: VaultSession, personId: string): LabResult[] {
  return listLabResults(session.db, personId).map((row) => ({ ...row, outOfRange: isOutOfRange(row) }));
}
