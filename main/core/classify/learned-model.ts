import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../../../shared/categories.ts';
import { AppError } from '../errors.ts';
import { viewDocument } from './document-view.ts';
import type { SparseVector } from './features.ts';

/**
 * What CareBinder learns from the user's own filing: one compact fingerprint per confirmed document
 * (a 256-number sketch of its features, no text), kept per category. A new document that closely
 * resembles documents the user filed under a category is pushed towards that category.
 *
 * Callers must only pass categories a person confirmed or chose (a correction, or accepting a suggestion
 * explicitly). Never learn from the classifier's own unconfirmed guesses: it would reinforce its mistakes.
 */
export interface LearnedModel {
  version: 1;
  examples: LearnedExample[];
}

/** One confirmed document: its category and its feature sketch. */
export interface LearnedExample {
  category: CategoryId;
  sketch: number[];
}

const SKETCH_DIMS = 256;
/** The newest examples per category are kept, which bounds the size (about 2 KB each). */
const MAX_PER_CATEGORY = 200;
/** Resemblance below this is what unrelated medical documents share (common words, layout); it adds nothing. */
const SIMILARITY_FLOOR = 0.55;
/** Logit added for a document identical to a learned one; enough to overturn a confident built-in answer. */
const GAIN = 12;

/** An empty learned model. */
export function createLearnedModel(): LearnedModel {
  return { version: 1, examples: [] };
}

function mix(b: number): number {
  let h = Math.imul(b ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Count-sketch of a feature vector, unit length: inner products of sketches approximate cosine similarity. */
function sketchOf(x: SparseVector): Float64Array {
  const out = new Float64Array(SKETCH_DIMS);
  for (let j = 0; j < x.index.length; j++) {
    const h = mix(x.index[j] as number);
    const d = h % SKETCH_DIMS;
    out[d] = (out[d] as number) + (h & 0x80000000 ? -1 : 1) * (x.value[j] as number);
  }
  const norm = Math.hypot(...out) || 1;
  return out.map((v) => v / norm);
}

/** Returns a new model that also knows `text` belongs to `category` (see the rule on confirmed labels above). */
export function learnExample(model: LearnedModel, text: string, category: CategoryId): LearnedModel {
  const sketch = Array.from(sketchOf(viewDocument(text).x), (v) => Math.round(v * 1e4) / 1e4);
  const examples = [...model.examples, { category, sketch }];
  const sameCategory = examples.filter((e) => e.category === category);
  const drop = new Set(sameCategory.slice(0, Math.max(0, sameCategory.length - MAX_PER_CATEGORY)));
  return { version: 1, examples: examples.filter((e) => !drop.has(e)) };
}

/** How many confirmed documents the model holds. */
export function exampleCount(model: LearnedModel): number {
  return model.examples.length;
}

/** Logit boosts per category (order of CATEGORY_IDS) for a document's features. */
export function learnedBoosts(model: LearnedModel, x: SparseVector): Float64Array {
  const boosts = new Float64Array(CATEGORY_IDS.length);
  if (model.examples.length === 0) return boosts;
  const s = sketchOf(x);
  for (const e of model.examples) {
    let dot = 0;
    for (let d = 0; d < SKETCH_DIMS; d++) dot += (s[d] as number) * (e.sketch[d] ?? 0);
    const strength = Math.max(0, (dot - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR));
    const k = CATEGORY_IDS.indexOf(e.category);
    boosts[k] = Math.max(boosts[k] as number, GAIN * strength * strength);
  }
  return boosts;
}

/** Reads a learned model from its JSON form (as stored), refusing anything malformed. */
export function learnedModelFromJson(value: unknown): LearnedModel {
  const bad = () =>
    new AppError(
      'INVALID_INPUT',
      'The saved classifier learning could not be read. It will start again from your next confirmed document.',
    );
  if (typeof value !== 'object' || value === null) throw bad();
  const v = value as { version?: unknown; examples?: unknown };
  if (v.version !== 1 || !Array.isArray(v.examples)) throw bad();
  const examples = v.examples.map((e: unknown) => {
    const ex = e as { category?: unknown; sketch?: unknown };
    const ok =
      typeof ex.category === 'string' &&
      isCategoryId(ex.category) &&
      Array.isArray(ex.sketch) &&
      ex.sketch.length === SKETCH_DIMS &&
      ex.sketch.every((n) => typeof n === 'number' && Number.isFinite(n));
    if (!ok) throw bad();
    return { category: ex.category as CategoryId, sketch: ex.sketch as number[] };
  });
  return { version: 1, examples };
}
