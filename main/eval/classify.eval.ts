import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORY_IDS, type CategoryId } from '../../shared/categories.ts';
import { buildClassifierModel, type LabelledText } from '../core/classify/build-model.ts';
import { classifyText, DEFAULT_MODEL_PATH, loadClassifierModel } from '../core/classify/classifier.ts';
import { assignGroupFolds } from '../core/classify/group-folds.ts';
import type { LinearModel } from '../core/classify/linear-model.ts';
import {
  DEFAULT_CORPUS_DIR,
  haveCorpus,
  loadCorpusRecords,
  loadCorpusScans,
  nearDuplicateGroups,
  type CorpusRecord,
} from './classify-corpus.ts';
import {
  formatClassificationMetrics,
  scoreClassification,
  type ClassificationMetrics,
} from './eval-metrics.ts';

/** Options of the classifier evaluation. */
export interface ClassifyEvalOptions {
  corpusDir?: string;
  folds?: number;
  /** Also evaluate the scanned pages (needs `ocr`). Default true. */
  scans?: boolean;
  /** Turns a scanned record's page images into text (the product's OCR pipeline, or a stand-in). */
  ocr?: (pagePaths: string[]) => Promise<string>;
  onProgress?: (message: string) => void;
}

/** How well "needs review" catches mistakes. */
export interface ReviewFigures {
  wrong: number;
  wrongFlagged: number;
  right: number;
  rightFlagged: number;
}

/** Results on one set of documents. */
export interface EvalSetReport {
  metrics: ClassificationMetrics;
  review: ReviewFigures;
  /** Misclassified items by id (no document text). */
  errors: {
    id: string;
    truth: CategoryId;
    predicted: CategoryId;
    confidence: number;
    needsReview: boolean;
  }[];
}

/** The evaluation report. */
export interface ClassifyEvalReport {
  skipped?: string;
  folds: number;
  groups: number;
  text?: EvalSetReport;
  scans?: EvalSetReport;
  scansSkipped?: string;
  timing: { classifyMsPer3Pages?: number; modelLoadMs?: number };
}

interface Prediction {
  id: string;
  truth: CategoryId;
  predicted: CategoryId;
  confidence: number;
  needsReview: boolean;
}

function setReport(predictions: Prediction[]): EvalSetReport {
  const metrics = scoreClassification(
    CATEGORY_IDS,
    predictions.map((p) => p.truth),
    predictions.map((p) => p.predicted),
  );
  const wrong = predictions.filter((p) => p.predicted !== p.truth);
  const right = predictions.filter((p) => p.predicted === p.truth);
  return {
    metrics,
    review: {
      wrong: wrong.length,
      wrongFlagged: wrong.filter((p) => p.needsReview).length,
      right: right.length,
      rightFlagged: right.filter((p) => p.needsReview).length,
    },
    errors: wrong.map((p) => ({ ...p, confidence: Math.round(p.confidence * 1000) / 1000 })),
  };
}

function predict(model: LinearModel, id: string, truth: CategoryId, text: string): Prediction {
  const r = classifyText(text, { model });
  return { id, truth, predicted: r.category, confidence: r.confidence, needsReview: r.needsReview };
}

function labelled(records: CorpusRecord[], groups: number[], keep: (i: number) => boolean): LabelledText[] {
  return records.flatMap((r, i) =>
    keep(i) ? [{ text: r.text, category: r.category, group: groups[i] as number }] : [],
  );
}

/** Median time to classify a document of about three printed pages, with the given model. */
function timeClassify(model: LinearModel, records: CorpusRecord[]): number {
  const samples = records.filter((r) => r.text.length >= 6000).slice(0, 30);
  const times = samples.map((r) => {
    const text = r.text.slice(0, 9000);
    const started = performance.now();
    classifyText(text, { model });
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * Grouped k-fold cross-validation of the classifier on the labelled text records (near-duplicates kept in
 * one fold; each fold's model trained on the other folds only), then the scanned records through `ocr`
 * with a model trained without those records and their near-duplicates.
 */
export async function runClassifyEval(options: ClassifyEvalOptions = {}): Promise<ClassifyEvalReport> {
  const { corpusDir = DEFAULT_CORPUS_DIR, folds = 5, scans = true, ocr, onProgress } = options;
  if (!haveCorpus(corpusDir)) return { skipped: `no corpus at ${corpusDir}`, folds, groups: 0, timing: {} };
  const records = loadCorpusRecords(corpusDir);
  const groups = nearDuplicateGroups(records);
  const fold = assignGroupFolds(
    records.map((r) => r.category),
    groups,
    folds,
  );
  const report: ClassifyEvalReport = { folds, groups: new Set(groups).size, timing: {} };

  const predictions: Prediction[] = [];
  let lastModel: LinearModel | undefined;
  for (let f = 0; f < folds; f++) {
    onProgress?.(`text fold ${f + 1}/${folds}: training`);
    const model = buildClassifierModel(labelled(records, groups, (i) => fold[i] !== f));
    records.forEach((r, i) => {
      if (fold[i] === f) predictions.push(predict(model, r.id, r.category, r.text));
    });
    lastModel = model;
  }
  report.text = setReport(predictions);
  if (lastModel) report.timing.classifyMsPer3Pages = timeClassify(lastModel, records);
  if (existsSync(DEFAULT_MODEL_PATH)) {
    const started = performance.now();
    loadClassifierModel();
    report.timing.modelLoadMs = performance.now() - started;
  }

  const scanList = scans ? loadCorpusScans(corpusDir) : [];
  if (!scans) report.scansSkipped = 'not requested';
  else if (scanList.length === 0) report.scansSkipped = 'no scans in the corpus';
  else if (!ocr) report.scansSkipped = 'no OCR function given';
  else {
    const scanIds = new Set(scanList.map((s) => s.id));
    const excludedGroups = new Set(records.flatMap((r, i) => (scanIds.has(r.id) ? [groups[i]] : [])));
    onProgress?.(`scans: training without ${excludedGroups.size} groups`);
    const model = buildClassifierModel(
      labelled(records, groups, (i) => !excludedGroups.has(groups[i] as number)),
    );
    const scanPredictions: Prediction[] = [];
    for (const s of scanList) {
      onProgress?.(`scans: ${s.id}`);
      scanPredictions.push(predict(model, s.id, s.category, await ocr(s.pages)));
    }
    report.scans = setReport(scanPredictions);
  }
  return report;
}

function formatSet(title: string, set: EvalSetReport): string {
  const r = set.review;
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0');
  const worst = Math.min(...CATEGORY_IDS.map((c) => set.metrics.perLabel[c]?.f1 ?? 0));
  return [
    formatClassificationMetrics(set.metrics, title),
    `lowest category F1 ${worst.toFixed(3)}`,
    `needs review: ${r.wrongFlagged}/${r.wrong} wrong answers flagged (${pct(r.wrongFlagged, r.wrong)}%), ` +
      `${r.rightFlagged}/${r.right} right answers flagged (${pct(r.rightFlagged, r.right)}%)`,
    'errors:',
    ...set.errors.map(
      (e) =>
        `  ${e.id}  ${e.truth} -> ${e.predicted}  conf ${e.confidence.toFixed(3)}${e.needsReview ? '  [review]' : ''}`,
    ),
  ].join('\n');
}

/** The report as plain text for a terminal. */
export function formatClassifyEvalReport(report: ClassifyEvalReport): string {
  if (report.skipped) return `classify eval skipped: ${report.skipped}`;
  const parts: string[] = [
    `classify eval: ${report.folds}-fold grouped cross-validation, ${report.groups} near-duplicate groups`,
  ];
  if (report.text) parts.push(formatSet('text records', report.text));
  if (report.scans) parts.push(formatSet('scanned records (OCR)', report.scans));
  else parts.push(`scans skipped: ${report.scansSkipped ?? 'unknown'}`);
  const t = report.timing;
  parts.push(
    `timing: classify ~3 pages ${t.classifyMsPer3Pages?.toFixed(1) ?? '-'} ms (median), ` +
      `shipped model load ${t.modelLoadMs?.toFixed(0) ?? 'n/a (no resources/classifier/model.json)'} ms`,
  );
  return parts.join('\n\n');
}

/** Wraps an OCR function with a per-scan text cache on disk (development convenience: OCR is slow). */
function cachedOcr(
  ocr: (pages: string[]) => Promise<string>,
  dir: string,
): (pages: string[]) => Promise<string> {
  mkdirSync(dir, { recursive: true });
  return async (pages) => {
    const file = path.join(dir, `${path.basename(path.dirname(pages[0] ?? 'scan'))}.txt`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
    const text = await ocr(pages);
    writeFileSync(file, text);
    return text;
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      'no-scans': { type: 'boolean' },
      folds: { type: 'string' },
      'ocr-cache': { type: 'string' },
    },
  });
  const scans = !values['no-scans'];
  const { createScanReader } = await import('./classify-ocr.ts');
  const dev = scans ? createScanReader() : undefined;
  try {
    const ocr = dev && values['ocr-cache'] ? cachedOcr(dev.ocr, values['ocr-cache']) : dev?.ocr;
    const report = await runClassifyEval({
      corpusDir: values.corpus ? path.resolve(values.corpus) : DEFAULT_CORPUS_DIR,
      folds: values.folds ? Number(values.folds) : 5,
      scans,
      ...(ocr ? { ocr } : {}),
      onProgress: (m) => process.stderr.write(`[classify eval] ${m}\n`),
    });
    console.log(formatClassifyEvalReport(report));
  } finally {
    await dev?.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
