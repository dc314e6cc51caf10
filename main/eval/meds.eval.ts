/**
 * Medication-extraction evaluation.
 *
 *   node main/eval/meds.eval.ts [--corpus DIR] [--verbose]
 *
 * 1. Printed medication lists: the corpus's meds-gold.jsonl (read at run time; skipped when absent).
 *    Drugs are matched per document by normalised generic (the truth's coded `drug` text normalised the
 *    same way); precision/recall/F1 over the drug sets; for matched drugs, dose agreement (value, and unit
 *    when the truth gives a mass or volume unit), frequency agreement (doses per day, or both "as needed")
 *    and start-date agreement. Dose agreement is also reported over the doses the printed line states (a
 *    coded dose of "1" is often printed nowhere, so no reader of the text could recover it).
 * 2. Free text: the hand-written notes in tests/unit/meds/fixtures/ with their truth.json: drug recall
 *    and precision, dose and frequency agreement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeUnit } from '../core/meds/dose-parse.ts';
import { normalizeDrugName } from '../core/meds/drug-names.ts';
import { extractMedications } from '../core/meds/extract-meds.ts';
import type { MedicationSuggestion } from '../core/meds/extract-meds.ts';
import { findDates } from '../core/meds/med-dates.ts';
import { parseSig } from '../core/meds/sig-parse.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(repoRoot, 'tests/unit/meds/fixtures');

/** One truth entry, in either source's terms. */
interface TruthMed {
  drug: string;
  dose?: string | null;
  unit?: string | null;
  frequency?: string | null;
  perDay?: number;
  start?: string | null;
}

/** Counts behind one evaluation's figures. */
export interface MedsEvalSummary {
  documents: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  doseAgree: number;
  doseCompared: number;
  doseStatedAgree: number;
  doseStatedCompared: number;
  freqAgree: number;
  freqCompared: number;
  startAgree: number;
  startCompared: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const MEASURED_UNITS = new Set(['mg', 'mcg', 'g', 'mL', 'L', 'mEq', '%']);

function truthKey(drug: string): string | null {
  if (!/[a-z]/i.test(drug)) return null; // "????": the truth has no name to match
  return normalizeDrugName(drug)?.generic ?? drug.toLowerCase();
}

function oursKey(m: MedicationSuggestion): string {
  return m.normalized ?? m.name.toLowerCase();
}

/** Doses per day of a truth frequency: coded periods ("12 h", "0.5 d", "1 wk") or directions text. */
function truthPerDay(t: TruthMed): { perDay: number | null; prn: boolean } | null {
  if (t.perDay !== undefined) return { perDay: t.perDay, prn: false };
  if (!t.frequency) return null;
  const period = /^\s*([\d.]+)\s*(h|d|wk|min)\s*$/i.exec(t.frequency);
  if (period) {
    const n = Number(period[1]);
    const hours = { h: 1, d: 24, wk: 168, min: 1 / 60 }[
      (period[2] ?? 'h').toLowerCase() as 'h' | 'd' | 'wk' | 'min'
    ];
    return n > 0 ? { perDay: Math.round((24 / (n * hours)) * 10000) / 10000, prn: false } : null;
  }
  const sig = parseSig(t.frequency);
  if (sig.perDay === null && !sig.prn) return null;
  return { perDay: sig.perDay, prn: sig.prn };
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/**
 * Whether a line prints the truth dose: the number with the truth's unit, or, for a count ("1", "1 {tbl}"),
 * the number not glued to a measure ("1 ML", "1mg" and "Q1WK" do not state a dose of one). Dates are
 * blanked first.
 */
function states(line: string, t: TruthMed): boolean {
  let text = line;
  for (const d of findDates(line).reverse()) text = text.slice(0, d.start) + ' ' + text.slice(d.end);
  const value = Number(t.dose);
  const unit = t.unit ? normalizeUnit(t.unit) : null;
  const measured = unit !== null && MEASURED_UNITS.has(unit);
  for (const m of text.matchAll(/(?<![\d.a-z])(\d+(?:\.\d+)?|\.\d+)(?![\d])\s*([a-z%]*)/gi)) {
    if (!sameNumber(Number(m[1]), value)) continue;
    const after = m[2] ? normalizeUnit(m[2]) : '';
    if (measured ? after === unit : !MEASURED_UNITS.has(after)) return true;
  }
  return false;
}

function doseAgrees(t: TruthMed, ours: MedicationSuggestion): boolean {
  const value = Number(t.dose);
  if (ours.doseValue === undefined || !sameNumber(ours.doseValue, value)) return false;
  const unit = t.unit ? normalizeUnit(t.unit) : null;
  return !unit || !MEASURED_UNITS.has(unit) || ours.doseUnit === unit;
}

function parseTruthDose(dose: string): { dose: string; unit: string | null } {
  const m = /^\s*([\d.]+)\s*(.*)$/.exec(dose);
  return { dose: m?.[1] ?? dose, unit: m?.[2] ? m[2] : null };
}

/** Scores extraction on documents with their truth. */
export function scoreDocuments(
  docs: { id: string; text: string; meds: TruthMed[] }[],
  verbose = false,
): MedsEvalSummary {
  const s: MedsEvalSummary = {
    documents: docs.length,
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    doseAgree: 0,
    doseCompared: 0,
    doseStatedAgree: 0,
    doseStatedCompared: 0,
    freqAgree: 0,
    freqCompared: 0,
    startAgree: 0,
    startCompared: 0,
  };
  for (const doc of docs) {
    const ours = extractMedications([{ page: 1, text: doc.text }]);
    const truth = doc.meds
      .map((t) => ({ t, key: truthKey(t.drug) }))
      .filter((x): x is { t: TruthMed; key: string } => x.key !== null);
    const want = new Set(truth.map((x) => x.key));
    const got = new Set(ours.map(oursKey));
    const missed = [...want].filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !want.has(k));
    s.tp += want.size - missed.length;
    s.fn += missed.length;
    s.fp += extra.length;
    if (verbose && (missed.length || extra.length))
      console.log(`  ${doc.id}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`);

    // Pair the i-th truth entry of a drug with the i-th suggestion of it (or its last one).
    const seen = new Map<string, number>();
    for (const { t, key } of truth) {
      const candidates = ours.filter((m) => oursKey(m) === key);
      if (candidates.length === 0) continue;
      const i = seen.get(key) ?? 0;
      seen.set(key, i + 1);
      const m = candidates[Math.min(i, candidates.length - 1)] as MedicationSuggestion;
      if (t.dose !== null && t.dose !== undefined && t.dose !== '' && !Number.isNaN(Number(t.dose))) {
        const agree = doseAgrees(t, m);
        s.doseCompared++;
        s.doseAgree += Number(agree);
        if (states(m.evidence.text, t)) {
          s.doseStatedCompared++;
          s.doseStatedAgree += Number(agree);
          if (verbose && !agree)
            console.log(`  ${doc.id}: dose ${key} truth ${t.dose} ${t.unit ?? ''} ours ${m.dose ?? '-'}`);
        }
      }
      const freq = truthPerDay(t);
      if (freq) {
        const oursPrn = m.frequency ? parseSig(m.frequency).prn : false;
        const agree =
          freq.perDay === null
            ? m.perDay === null && oursPrn
            : m.perDay !== null && sameNumber(m.perDay, freq.perDay);
        s.freqCompared++;
        s.freqAgree += Number(agree);
        if (verbose && !agree)
          console.log(
            `  ${doc.id}: freq ${key} truth ${t.frequency ?? t.perDay} ours ${m.frequency ?? '-'} (${m.perDay})`,
          );
      }
      if (t.start) {
        s.startCompared++;
        s.startAgree += Number(m.start === t.start);
      }
    }
  }
  s.precision = ratio(s.tp, s.tp + s.fp);
  s.recall = ratio(s.tp, s.tp + s.fn);
  s.f1 = ratio(2 * s.precision * s.recall, s.precision + s.recall);
  return s;
}

function format(title: string, s: MedsEvalSummary): string {
  const pct = (a: number, b: number) => `${(100 * ratio(a, b)).toFixed(1)}% (${a}/${b})`;
  return [
    `== ${title}: ${s.documents} documents`,
    `drugs      precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    `dose       agreement ${pct(s.doseAgree, s.doseCompared)}; where the line states it ${pct(s.doseStatedAgree, s.doseStatedCompared)}`,
    `frequency  agreement ${pct(s.freqAgree, s.freqCompared)}`,
    `start date agreement ${pct(s.startAgree, s.startCompared)}`,
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, verbose: { type: 'boolean' } } });
  const corpus = resolve(values.corpus ?? join(repoRoot, '../shared/corpus'));
  const verbose = values.verbose === true;

  const goldPath = join(corpus, 'meds-gold.jsonl');
  if (existsSync(goldPath)) {
    const docs = readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string; meds: TruthMed[] });
    console.log(format('printed medication lists (meds-gold.jsonl)', scoreDocuments(docs, verbose)));
  } else {
    console.log(`meds-gold.jsonl not found under ${corpus}: printed-list evaluation skipped.`);
  }

  const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8')) as {
    documents: Record<string, { drug: string; dose?: string; perDay?: number; start?: string }[]>;
  };
  const docs = Object.entries(truth.documents).map(([file, meds]) => ({
    id: file,
    text: readFileSync(join(FIXTURES, file), 'utf8'),
    meds: meds.map((m) => ({
      drug: m.drug,
      ...(m.dose ? parseTruthDose(m.dose) : {}),
      perDay: m.perDay,
      start: m.start,
    })),
  }));
  console.log(format('free-text fixtures (tests/unit/meds/fixtures)', scoreDocuments(docs, verbose)));
}

main();
