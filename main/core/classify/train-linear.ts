import { CATEGORY_IDS } from '../../../shared/categories.ts';
import type { SparseVector } from './features.ts';
import { seededRandom } from './seeded-random.ts';

/** One training example: features and the index of its category in CATEGORY_IDS. */
export interface TrainingExample {
  x: SparseVector;
  label: number;
}

/** Options of the logistic-regression trainer. */
export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

/** Trained weights over the buckets that occurred in at least two training documents. */
export interface TrainedWeights {
  buckets: Int32Array;
  weights: Float32Array;
  bias: Float32Array;
}

const K = CATEGORY_IDS.length;

/**
 * Multinomial logistic regression by AdaGrad SGD with L2 on the touched weights. Categories are weighted
 * towards balance (inverse square root of their size) so the small ones (genomics, other) are not drowned.
 *
 * Defaults chosen by grouped cross-validation on the labelled corpus: eight epochs at rate 0.5 stopped far
 * from convergence (AdaGrad's steps shrink fast), and at that rate the L2 term, which AdaGrad rescales
 * like any gradient, pulled the weights of well-fitted rare words back towards zero.
 */
export function trainLinear(examples: TrainingExample[], options: TrainOptions = {}): TrainedWeights {
  const { epochs = 30, learningRate = 0.2, l2 = 1e-5, seed = 1 } = options;

  // Only buckets seen in two or more documents get a weight: rarer ones are names and numbers.
  const df = new Map<number, number>();
  for (const e of examples) for (const b of e.x.index) df.set(b, (df.get(b) ?? 0) + 1);
  const buckets = Int32Array.from([...df].filter(([, n]) => n >= 2).map(([b]) => b)).sort();
  const col = new Map<number, number>();
  buckets.forEach((b, i) => col.set(b, i));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    e.x.index.forEach((b, j) => {
      const c = col.get(b);
      if (c !== undefined) {
        idx.push(c);
        val.push(e.x.value[j] as number);
      }
    });
    return { idx: Int32Array.from(idx), val: Float32Array.from(val), label: e.label };
  });

  const perClass = new Array<number>(K).fill(0);
  for (const e of examples) perClass[e.label] = (perClass[e.label] as number) + 1;
  const maxClass = Math.max(...perClass);
  const classWeight = perClass.map((n) => (n > 0 ? Math.sqrt(maxClass / n) : 0));

  const W = new Float32Array(buckets.length * K);
  const G = new Float32Array(buckets.length * K);
  const bias = new Float32Array(K);
  const gBias = new Float32Array(K);
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  const logits = new Float64Array(K);
  const grad = new Float64Array(K);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r] as (typeof rows)[number];
      logits.set(bias);
      for (let j = 0; j < row.idx.length; j++) {
        const base = (row.idx[j] as number) * K;
        const v = row.val[j] as number;
        for (let k = 0; k < K; k++) logits[k] = (logits[k] as number) + v * (W[base + k] as number);
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, logits[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += Math.exp((logits[k] as number) - max);
      const cw = classWeight[row.label] as number;
      for (let k = 0; k < K; k++) {
        const p = Math.exp((logits[k] as number) - max) / sum;
        grad[k] = (p - (k === row.label ? 1 : 0)) * cw;
      }
      for (let k = 0; k < K; k++) {
        const g = grad[k] as number;
        gBias[k] = (gBias[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (learningRate * g) / (Math.sqrt(gBias[k] as number) + 1e-8);
      }
      for (let j = 0; j < row.idx.length; j++) {
        const base = (row.idx[j] as number) * K;
        const v = row.val[j] as number;
        for (let k = 0; k < K; k++) {
          const w = W[base + k] as number;
          const g = (grad[k] as number) * v + l2 * w;
          const acc = (G[base + k] as number) + g * g;
          G[base + k] = acc;
          W[base + k] = w - (learningRate * g) / (Math.sqrt(acc) + 1e-8);
        }
      }
    }
  }
  return { buckets, weights: W, bias };
}
