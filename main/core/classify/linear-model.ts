import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import { AppError } from '../errors.ts';
import { FEATURE_BUCKETS, type SparseVector } from './features.ts';

/**
 * The shipped statistical model: multinomial logistic regression over hashed features, plus how its
 * output is combined with the hand-written knowledge and calibrated. Only numbers: no vocabulary, no text.
 */
export interface LinearModel {
  /** Hash buckets that carry weights, ascending. */
  buckets: Int32Array;
  /** Row-major: weights[row * K + k] for bucket `buckets[row]` and category CATEGORY_IDS[k]. */
  weights: Float32Array;
  bias: Float32Array;
  /** Final logit = modelScale * model logit + ruleScale * rule points; fitted on held-out folds. */
  modelScale: number;
  ruleScale: number;
  /** Calibrated confidence below which a result goes to "needs review". */
  reviewThreshold: number;
  /** Bucket -> row lookup, built on load for fast prediction. */
  rowOf: Int32Array;
}

/** The model file format (resources/classifier/model.json). */
export interface LinearModelFile {
  format: 'carebinder-classifier';
  version: 1;
  categories: CategoryId[];
  featureBuckets: number;
  modelScale: number;
  ruleScale: number;
  reviewThreshold: number;
  bias: number[];
  /** Bucket ids, delta-encoded as LEB128 varints, base64. */
  buckets: string;
  /** Weights quantised to int8 with square-root companding (w = sign(q) * (q/127)^2 * weightMax), base64. */
  weights: string;
  weightMax: number;
}

const K = CATEGORY_IDS.length;

/** Builds the bucket lookup table that prediction needs. */
export function makeLinearModel(parts: Omit<LinearModel, 'rowOf'>): LinearModel {
  const rowOf = new Int32Array(FEATURE_BUCKETS).fill(-1);
  parts.buckets.forEach((b, row) => (rowOf[b] = row));
  return { ...parts, rowOf };
}

/** Raw model logits for one feature vector. */
export function modelLogits(model: LinearModel, x: SparseVector): Float64Array {
  const out = Float64Array.from(model.bias);
  for (let j = 0; j < x.index.length; j++) {
    const row = model.rowOf[x.index[j] as number] as number;
    if (row < 0) continue;
    const v = x.value[j] as number;
    const base = row * K;
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + v * (model.weights[base + k] as number);
  }
  return out;
}

function encodeVarints(values: Int32Array): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const v of values) {
    let d = v - prev;
    prev = v;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  return Buffer.from(bytes).toString('base64');
}

function decodeVarints(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const out: number[] = [];
  let prev = 0;
  let cur = 0;
  let shift = 0;
  for (const byte of bytes) {
    cur |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    prev += cur;
    out.push(prev);
    cur = 0;
    shift = 0;
  }
  return Int32Array.from(out);
}

/** Serialises a model, dropping rows whose weights all round to zero. */
export function toModelFile(model: LinearModel): LinearModelFile {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  maxAbs ||= 1;
  // Square-root companding keeps the many small weights distinguishable from zero.
  const quantise = (w: number) => Math.sign(w) * Math.round(127 * Math.sqrt(Math.abs(w) / maxAbs));
  const keptBuckets: number[] = [];
  const bytes: number[] = [];
  for (let row = 0; row < model.buckets.length; row++) {
    const q = Array.from({ length: K }, (_, k) => quantise(model.weights[row * K + k] as number));
    if (q.every((v) => v === 0)) continue;
    keptBuckets.push(model.buckets[row] as number);
    for (const v of q) bytes.push(v & 0xff);
  }
  return {
    format: 'carebinder-classifier',
    version: 1,
    categories: [...CATEGORY_IDS],
    featureBuckets: FEATURE_BUCKETS,
    modelScale: model.modelScale,
    ruleScale: model.ruleScale,
    reviewThreshold: model.reviewThreshold,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    buckets: encodeVarints(Int32Array.from(keptBuckets)),
    weights: Buffer.from(bytes).toString('base64'),
    weightMax: maxAbs,
  };
}

/** Reads a model file, refusing one made for other categories or features. */
export function fromModelFile(file: LinearModelFile): LinearModel {
  const sameCategories =
    Array.isArray(file.categories) &&
    file.categories.length === K &&
    file.categories.every((c, k) => c === CATEGORY_IDS[k]);
  if (
    file.format !== 'carebinder-classifier' ||
    file.version !== 1 ||
    !sameCategories ||
    file.featureBuckets !== FEATURE_BUCKETS
  ) {
    throw new AppError(
      'INVALID_INPUT',
      'The document classifier file does not match this version of CareBinder. Reinstall CareBinder.',
    );
  }
  const buckets = decodeVarints(file.buckets);
  const q = new Int8Array(Buffer.from(file.weights, 'base64'));
  if (q.length !== buckets.length * K) {
    throw new AppError('INVALID_INPUT', 'The document classifier file is damaged. Reinstall CareBinder.');
  }
  // One table lookup per weight: decoding a few million weights must stay well inside the load budget.
  const table = Float32Array.from({ length: 256 }, (_, i) => {
    const v = i < 128 ? i : i - 256;
    return Math.sign(v) * (v / 127) ** 2 * file.weightMax;
  });
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = table[(q[i] as number) & 0xff] as number;
  return makeLinearModel({
    buckets,
    weights,
    bias: Float32Array.from(file.bias),
    modelScale: file.modelScale,
    ruleScale: file.ruleScale,
    reviewThreshold: file.reviewThreshold,
  });
}
