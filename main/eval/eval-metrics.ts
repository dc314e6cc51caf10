/**
 * Shared scoring helpers for the evaluations: confusion matrix, per-label precision/recall/F1, macro-F1
 * and accuracy, plus a plain-text printer. Labels are any strings; the label order given is kept.
 */

/** Precision, recall and F1 of one label; `support` is how many items truly carry it. */
export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

/** The result of comparing predictions with the truth. */
export interface ClassificationMetrics {
  labels: string[];
  /** matrix[t][p]: items whose truth is labels[t] and prediction labels[p]. */
  matrix: number[][];
  perLabel: Record<string, LabelMetrics>;
  /** Mean F1 over labels that occur in the truth or the predictions. */
  macroF1: number;
  accuracy: number;
  total: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Scores predictions against the truth. Items whose truth or prediction is not in `labels` are an error. */
export function scoreClassification(
  labels: readonly string[],
  truth: readonly string[],
  predicted: readonly string[],
): ClassificationMetrics {
  if (truth.length !== predicted.length) throw new Error('truth and predictions differ in length');
  const at = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  truth.forEach((t, i) => {
    const ti = at.get(t);
    const pi = at.get(predicted[i] as string);
    if (ti === undefined || pi === undefined) throw new Error(`unknown label at item ${i}`);
    (matrix[ti] as number[])[pi] = ((matrix[ti] as number[])[pi] as number) + 1;
  });
  const perLabel: Record<string, LabelMetrics> = {};
  let f1Sum = 0;
  let f1Count = 0;
  let correct = 0;
  labels.forEach((l, i) => {
    const tp = (matrix[i] as number[])[i] as number;
    const support = (matrix[i] as number[]).reduce((a, b) => a + b, 0);
    const predictedCount = matrix.reduce((a, row) => a + (row[i] as number), 0);
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perLabel[l] = { precision, recall, f1, support, predicted: predictedCount };
    correct += tp;
    if (support > 0 || predictedCount > 0) {
      f1Sum += f1;
      f1Count++;
    }
  });
  return {
    labels: [...labels],
    matrix,
    perLabel,
    macroF1: ratio(f1Sum, f1Count),
    accuracy: ratio(correct, truth.length),
    total: truth.length,
  };
}

const pad = (text: string, width: number) => text.padStart(width);

/** A plain-text table: per-label P/R/F1, the confusion matrix (rows truth, columns prediction), and totals. */
export function formatClassificationMetrics(m: ClassificationMetrics, title: string): string {
  const width = Math.max(...m.labels.map((l) => l.length), 5);
  const lines = [
    `== ${title} (${m.total} items)`,
    `${'label'.padEnd(width)}  precision  recall     f1  support`,
  ];
  for (const l of m.labels) {
    const s = m.perLabel[l] as LabelMetrics;
    lines.push(
      `${l.padEnd(width)}  ${pad(s.precision.toFixed(3), 9)}  ${pad(s.recall.toFixed(3), 6)}  ${pad(s.f1.toFixed(3), 5)}  ${pad(String(s.support), 7)}`,
    );
  }
  lines.push(
    `macro-F1 ${m.macroF1.toFixed(4)}   accuracy ${m.accuracy.toFixed(4)}`,
    '',
    'confusion (rows = truth, columns = predicted)',
  );
  const short = m.labels.map((l) => l.slice(0, 5));
  lines.push(`${''.padEnd(width)} ${short.map((s) => pad(s, 5)).join(' ')}`);
  m.labels.forEach((l, i) => {
    lines.push(
      `${l.padEnd(width)} ${(m.matrix[i] as number[]).map((n) => pad(n ? String(n) : '.', 5)).join(' ')}`,
    );
  });
  return lines.join('\n');
}
