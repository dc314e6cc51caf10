/**
 * Portal-import evaluation: parses every file of the corpus's `portal/` folder and compares the counts,
 * patient name and birth date with `portal/expected.jsonl`. The corpus is third-party and read at run time
 * only; when it is absent the evaluation says so and exits 0.
 *
 *   node main/eval/portal.eval.ts [--corpus DIR]    (DIR: the corpus root or its portal/ folder)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toErrorShape } from '../core/errors.ts';
import { parsePortalExport } from '../core/portal/portal-export.ts';
import type { PortalExport } from '../core/portal/portal.types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One row of expected.jsonl (only the fields compared here). */
interface ExpectedRow {
  file: string;
  format: string;
  medications?: number;
  problems?: number;
  results?: number;
  allergies?: number;
  Condition?: number;
  Observation?: number;
  resource_counts?: Record<string, number>;
  patient_name?: string | null;
  birth_date?: string | null;
}

/** What the evaluation measured. */
export interface PortalEvalSummary {
  files: number;
  imported: number;
  compared: number;
  countsMatched: number;
  namesMatched: number;
  birthDatesMatched: number;
}

type Counted = 'medications' | 'problems' | 'results' | 'allergies';

/** The counts expected.jsonl states, in our terms (FHIR rows give per-resource counts). */
function expectedCounts(row: ExpectedRow): Record<Counted, number | undefined> {
  if (row.format.startsWith('FHIR')) {
    return {
      medications: row.medications,
      problems: row.Condition,
      results: row.Observation,
      allergies: row.resource_counts ? (row.resource_counts.AllergyIntolerance ?? 0) : undefined,
    };
  }
  return {
    medications: row.medications,
    problems: row.problems,
    results: row.results,
    allergies: row.allergies,
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Runs the evaluation over `portalDir` and writes one line per file plus a summary to `out`. */
export function runPortalEval(portalDir: string, out: (line: string) => void): PortalEvalSummary {
  const corpusRoot = dirname(portalDir);
  const expected = new Map<string, ExpectedRow>();
  for (const line of readFileSync(join(portalDir, 'expected.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as ExpectedRow;
    expected.set(resolve(corpusRoot, row.file), row);
  }
  const files = listFiles(portalDir).filter((f) => !f.endsWith('expected.jsonl'));
  const summary: PortalEvalSummary = {
    files: files.length,
    imported: 0,
    compared: 0,
    countsMatched: 0,
    namesMatched: 0,
    birthDatesMatched: 0,
  };
  for (const file of files.sort()) {
    const label = relative(portalDir, file);
    let result: PortalExport;
    try {
      result = parsePortalExport(readFileSync(file), file);
    } catch (error) {
      const shape = toErrorShape(error);
      out(`ERROR     ${label}: ${shape.code} ${shape.message}`);
      continue;
    }
    summary.imported++;
    const row = expected.get(resolve(file));
    if (!row) {
      out(`imported  ${label} (no expected row)`);
      continue;
    }
    summary.compared++;
    const want = expectedCounts(row);
    const diffs = (Object.keys(want) as Counted[])
      .filter((k) => want[k] !== undefined && want[k] !== result.counts[k])
      .map((k) => `${k} ${result.counts[k]}≠${want[k]}`);
    const nameOk = (row.patient_name ?? null) === result.patient.name;
    const birthOk = (row.birth_date ?? null) === result.patient.birthDate;
    if (diffs.length === 0) summary.countsMatched++;
    if (nameOk) summary.namesMatched++;
    if (birthOk) summary.birthDatesMatched++;
    const notes = [
      ...diffs,
      nameOk ? '' : 'patient name differs',
      birthOk ? '' : 'birth date differs',
    ].filter(Boolean);
    out(`${notes.length ? 'MISMATCH' : 'match   '}  ${label}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  const pct = (n: number): string =>
    (summary.compared ? ((100 * n) / summary.compared).toFixed(1) : '0.0') + '%';
  out('');
  out(`files: ${summary.files}, imported without error: ${summary.imported}, compared: ${summary.compared}`);
  out(`counts match fully: ${summary.countsMatched}/${summary.compared} (${pct(summary.countsMatched)})`);
  out(`patient name match: ${summary.namesMatched}/${summary.compared} (${pct(summary.namesMatched)})`);
  out(
    `birth date match:   ${summary.birthDatesMatched}/${summary.compared} (${pct(summary.birthDatesMatched)})`,
  );
  return summary;
}

/** Finds the portal folder from --corpus (corpus root or portal folder) or the default ../shared/corpus. */
function portalDirFrom(corpus: string | undefined): string {
  const base = resolve(corpus ?? resolve(repoRoot, '../shared/corpus'));
  return existsSync(join(base, 'portal', 'expected.jsonl')) ? join(base, 'portal') : base;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  const portalDir = portalDirFrom(values.corpus);
  if (!existsSync(join(portalDir, 'expected.jsonl'))) {
    console.log(`portal eval skipped: no corpus at ${portalDir}`);
  } else {
    runPortalEval(portalDir, (line) => console.log(line));
  }
}
