import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';

/** How model logits and rule points are combined; the scales double as temperature calibration. */
export interface FusionScales {
  modelScale: number;
  ruleScale: number;
}

/** A held-out prediction used for fitting: raw model logits, rule points and the true category index. */
export interface HeldOutSample {
  logits: Float64Array;
  rules: Record<CategoryId, number>;
  label: number;
}

/** Final logits: scaled model logits plus scaled rule points. */
export function fuseLogits(
  logits: Float64Array,
  rules: Record<CategoryId, number>,
  scales: FusionScales,
): Float64Array {
  return Float64Array.from(
    CATEGORY_IDS,
    (c, k) => scales.modelScale * (logits[k] as number) + scales.ruleScale * rules[c],
  );
}

/** Numerically stable softmax. */
export function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  const exp = logits.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

function meanNll(samples: HeldOutSample[], scales: FusionScales): number {
  let total = 0;
  for (const s of samples) {
    const p = softmax(fuseLogits(s.logits, s.rules, scales));
    total -= Math.log(Math.max(p[s.label] as number, 1e-12));
  }
  return total / Math.max(samples.length, 1);
}

/**
 * Fits the two scales on held-out predictions by minimising log-loss over a grid, then refining around
 * the best point. Minimising log-loss is what makes the resulting confidences calibrated.
 */
export function fitFusion(samples: HeldOutSample[]): FusionScales {
  let best: FusionScales = { modelScale: 1, ruleScale: 0 };
  let bestLoss = meanNll(samples, best);
  const consider = (modelScale: number, ruleScale: number) => {
    const loss = meanNll(samples, { modelScale, ruleScale });
    if (loss < bestLoss) {
      bestLoss = loss;
      best = { modelScale, ruleScale };
    }
  };
  for (let m = 0.1; m <= 4; m *= 1.25) for (let r = 0; r <= 1.5; r += 0.05) consider(m, r);
  for (let step = 0.5; step > 0.01; step /= 2) {
    const { modelScale, ruleScale } = best;
    for (const dm of [-step, 0, step]) {
      for (const dr of [-step, 0, step])
        consider(Math.max(0.01, modelScale * (1 + dm)), Math.max(0, ruleScale + dr * 0.1));
    }
  }
  return best;
}

/**
 * The confidence below which a result needs review: the lowest threshold that flags at least
 * `wrongShare` of the held-out wrong answers (so at least that share of mistakes reaches a person).
 */
export function chooseReviewThreshold(
  held: { confidence: number; correct: boolean }[],
  wrongShare = 0.6,
): number {
  const wrong = held
    .filter((h) => !h.correct)
    .map((h) => h.confidence)
    .sort((a, b) => a - b);
  if (wrong.length === 0) return 0.5;
  const needed = Math.ceil(wrong.length * wrongShare);
  const threshold = (wrong[needed - 1] as number) + 1e-6;
  return Math.min(0.95, Math.max(0.5, threshold));
}
