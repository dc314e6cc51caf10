import type { LabResult } from '../../../../shared/schemas/records.schema.ts';

/** A result outside its range, in words: the lab's own High/Low flag when it gave one. */
export function describeFlag(result: Pick<LabResult, 'outOfRange' | 'interpretation'>): string | null {
  if (!result.outOfRange) return null;
  const flag = result.interpretation?.trim().toLowerCase() ?? '';
  if (/^(h|hh|high)/.test(flag)) return 'High';
  if (/^(l|ll|low)/.test(flag)) return 'Low';
  return 'Outside range';
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
