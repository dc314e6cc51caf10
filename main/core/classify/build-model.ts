import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import { chooseReviewThreshold, fitFusion, fuseLogits, softmax, type HeldOutSample } from './calibration.ts';
import { viewDocument } from './document-view.ts';
import type { SparseVector } from './features.ts';
import { assignGroupFolds } from './group-folds.ts';
import { makeLinearModel, modelLogits, type LinearModel } from './linear-model.ts';
import { trainLinear, type TrainingExample } from './train-linear.ts';

/** A labelled training text; `group` ties near-duplicates together so they never straddle a fold. */
export interface LabelledText {
  text: string;
  category: CategoryId;
  group: number;
}

/** Options for building the shipped model. */
export interface BuildOptions {
  /** Held-out folds used to fit the fusion scales and the review threshold. */
  calibrationFolds?: number;
  seed?: number;
  onProgress?: (message: string) => void;
}

interface Prepared {
  label: number;
  x: SparseVector;
  rules: Record<CategoryId, number>;
}

function prepare(docs: LabelledText[]): Prepared[] {
  return docs.map((d) => {
    const view = viewDocument(d.text);
    return { label: CATEGORY_IDS.indexOf(d.category), x: view.x, rules: view.rules.scores };
  });
}

function examplesOf(items: Prepared[]): TrainingExample[] {
  return items.map((p) => ({ x: p.x, label: p.label }));
}

/**
 * Trains the statistical model on labelled texts: held-out folds first (to fit how model and rules are
 * combined, the temperature, and the review threshold on predictions the model did not train on), then the
 * final model on everything.
 */
export function buildClassifierModel(docs: LabelledText[], options: BuildOptions = {}): LinearModel {
  const { calibrationFolds = 4, seed = 1, onProgress } = options;
  const prepared = prepare(docs);
  const folds = assignGroupFolds(
    docs.map((d) => d.category),
    docs.map((d) => d.group),
    calibrationFolds,
  );
  const held: HeldOutSample[] = [];
  for (let f = 0; f < calibrationFolds; f++) {
    onProgress?.(`calibration fold ${f + 1}/${calibrationFolds}`);
    const trained = trainLinear(examplesOf(prepared.filter((_, i) => folds[i] !== f)), { seed: seed + f });
    const partial = makeLinearModel({ ...trained, modelScale: 1, ruleScale: 0, reviewThreshold: 0 });
    prepared.forEach((p, i) => {
      if (folds[i] === f) held.push({ logits: modelLogits(partial, p.x), rules: p.rules, label: p.label });
    });
  }
  const scales = fitFusion(held);
  const reviewThreshold = chooseReviewThreshold(
    held.map((h) => {
      const p = softmax(fuseLogits(h.logits, h.rules, scales));
      const top = p.indexOf(Math.max(...p));
      return { confidence: p[top] as number, correct: top === h.label };
    }),
  );
  onProgress?.('final model');
  const trained = trainLinear(examplesOf(prepared), { seed });
  return makeLinearModel({ ...trained, ...scales, reviewThreshold });
}
