import type { LabResult } from '../../../../shared/schemas/records.schema.ts';

/**
 * A result outside its range, in words: "High" or "Low" when the side is known (from the value or the
 * lab's flag), else "Outside range". Null for a result in range.
 */
export function describeFlag(result: Pick<LabResult, 'outOfRange' | 'direction'>): string | null {
  if (result.direction === 'high') return 'High';
  if (result.direction === 'low') return 'Low';
  return result.outOfRange ? 'Outside range' : null;
}

/** One test over time, oldest first. */
export interface LabSeries {
  name: string;
  unit: string | null;
  results: LabResult[];
}

/** Groups results by test (its LOINC code when it has one, else its name) and sorts each by date. */
export function groupByTest(results: LabResult[]): LabSeries[] {
  const groups = new Map<string, LabSeries>();
  for (const r of results) {
    const key = r.loinc ?? r.name.toLowerCase();
    const group = groups.get(key) ?? { name: r.name, unit: r.unit, results: [] };
    group.results.push(r);
    groups.set(key, group);
  }
  const series = [...groups.values()];
  for (const s of series) s.results.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return series.sort((a, b) => a.name.localeCompare(b.name));
}
