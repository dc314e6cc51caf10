import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import { log } from '../log/logger.ts';
import { fuseLogits, softmax } from './calibration.ts';
import { viewDocument } from './document-view.ts';
import { bigramKey, hashFeature, MAX_CHARS, wordKey } from './features.ts';
import { learnedBoosts, type LearnedModel } from './learned-model.ts';
import { fromModelFile, modelLogits, type LinearModel, type LinearModelFile } from './linear-model.ts';
import { modelTokens } from './ocr-tolerant-text.ts';

/** What the classifier says about one document. */
export interface ClassificationResult {
  category: CategoryId;
  /** Calibrated probability that `category` is right (0-1). */
  confidence: number;
  /** Probability of every category; they sum to 1. */
  scores: Record<CategoryId, number>;
  /** Words and phrases from the document that decided it, most telling first. */
  evidence: string[];
  /** True when a person should check the category before it is filed. */
  needsReview: boolean;
}

/** Options of classifyText. */
export interface ClassifyOptions {
  /** The statistical model; the shipped one by default. */
  model?: LinearModel;
  /** What was learned from this user's confirmed labels. */
  learned?: LearnedModel;
}

/** Where the shipped model lives in the source tree. */
export const DEFAULT_MODEL_PATH = path.resolve(
  import.meta.dirname,
  '../../../resources/classifier/model.json',
);

const EVIDENCE_MAX = 6;
/** Below this many letters there is too little to go on: always ask a person. */
const MIN_LETTERS = 40;

let shipped: LinearModel | undefined;

/** Loads a model file (the shipped one by default). */
export function loadClassifierModel(file: string = DEFAULT_MODEL_PATH): LinearModel {
  const started = performance.now();
  const model = fromModelFile(JSON.parse(readFileSync(file, 'utf8')) as LinearModelFile);
  log.debug('classifier.model_loaded', {
    ms: Math.round(performance.now() - started),
    rows: model.buckets.length,
  });
  return model;
}

function shippedModel(): LinearModel {
  shipped ??= loadClassifierModel();
  return shipped;
}

/** The document's own words that pushed the model most towards category k, for when rules found little. */
function modelEvidence(model: LinearModel, text: string, k: number): string[] {
  const tokens = modelTokens(text.slice(0, MAX_CHARS));
  const K = CATEGORY_IDS.length;
  const weightOf = (key: string) => {
    const row = model.rowOf[hashFeature(key)] as number;
    if (row < 0) return 0;
    // Support for k relative to the average category: a word every category shares proves nothing.
    let mean = 0;
    for (let c = 0; c < K; c++) mean += model.weights[row * K + c] as number;
    return (model.weights[row * K + k] as number) - mean / K;
  };
  const seen = new Map<string, number>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next && /[a-z]/i.test(t.raw) && /[a-z]/i.test(next.raw)) {
      seen.set(`${t.raw} ${next.raw}`, weightOf(bigramKey(t.key, next.key)));
    }
    if (t.raw.length >= 4 && /^[a-z]/i.test(t.raw)) seen.set(t.raw, weightOf(wordKey(t.key)));
  });
  return [...seen]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, EVIDENCE_MAX)
    .map(([phrase]) => phrase);
}

/**
 * Classifies a document's text into a checklist category: hand-written knowledge of headings and
 * vocabulary combined with the shipped statistical model and, if given, what was learned from the user.
 */
export function classifyText(text: string, options: ClassifyOptions = {}): ClassificationResult {
  const model = options.model ?? shippedModel();
  const { x, rules } = viewDocument(text);
  const logits = fuseLogits(modelLogits(model, x), rules.scores, model);
  if (options.learned) {
    const boosts = learnedBoosts(options.learned, x);
    boosts.forEach((b, k) => (logits[k] = (logits[k] as number) + b));
  }
  const p = softmax(logits);
  let top = 0;
  p.forEach((v, k) => {
    if (v > (p[top] as number)) top = k;
  });
  const category = CATEGORY_IDS[top] as CategoryId;
  const scores = Object.fromEntries(CATEGORY_IDS.map((c, k) => [c, p[k] as number])) as Record<
    CategoryId,
    number
  >;

  const evidence: string[] = [];
  const add = (phrase: string) => {
    const lower = phrase.toLowerCase();
    if (evidence.length < EVIDENCE_MAX && !evidence.some((e) => e.toLowerCase().includes(lower)))
      evidence.push(phrase);
  };
  rules.hits
    .filter((h) => h.category === category)
    .sort((a, b) => b.points - a.points)
    .forEach((h) => add(h.phrase));
  if (evidence.length < 3) modelEvidence(model, text, top).forEach(add);

  const confidence = p[top] as number;
  const letters = (text.match(/[a-z]/gi) ?? []).length;
  return {
    category,
    confidence,
    scores,
    evidence,
    needsReview: confidence < model.reviewThreshold || letters < MIN_LETTERS,
  };
}
