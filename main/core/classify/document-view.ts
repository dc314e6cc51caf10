import { featurize, type SparseVector } from './features.ts';
import { scoreRules, type RuleScores } from './rule-scorer.ts';

/** A document as the classifier sees it: the rules that fired and the model's feature vector. */
export interface DocumentView {
  x: SparseVector;
  rules: RuleScores;
}

/** Reads a document once for both parts of the classifier; rule hits also become model features. */
export function viewDocument(text: string): DocumentView {
  const rules = scoreRules(text);
  const extra = new Map<string, number>();
  for (const hit of rules.hits) {
    extra.set(`r:${hit.rule}`, 1);
    if (hit.inTitle) extra.set(`t:${hit.rule}`, 1);
  }
  return { x: featurize(text, extra), rules };
}
