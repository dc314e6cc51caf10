import { modelTokens, squashText, type ModelToken } from './ocr-tolerant-text.ts';

/**
 * Hashed sparse features shared by training and prediction: word unigrams and bigrams, character 4-grams
 * of the OCR-tolerant squashed letters (robust to broken spacing and look-alike characters), and a few
 * layout signals (tables, numeric result lines, dose lines, headings). Hashing keeps the shipped model free
 * of any vocabulary text.
 */

/** Number of hash buckets (2^20): few enough collisions for a vocabulary of this size. */
export const FEATURE_BUCKETS = 1 << 20;

/** Only the start of very long documents is read: the first pages say what a document is. */
export const MAX_CHARS = 12_000;

/** A sparse vector: parallel bucket indices and values. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** FNV-1a 32-bit, folded into FEATURE_BUCKETS. */
export function hashFeature(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (FEATURE_BUCKETS - 1);
}

/** Feature keys of a word and of a word pair (exported so evidence can be traced back to the words). */
export const wordKey = (key: string): string => `w:${key}`;
export const bigramKey = (a: string, b: string): string => `b:${a} ${b}`;

function addGroup(target: Map<number, number>, counts: Map<string, number>, scale: number): void {
  // Sub-linear term frequency, then the group is scaled to a fixed length so long documents and short
  // cards weigh the same.
  let norm = 0;
  for (const c of counts.values()) norm += Math.log1p(c) ** 2;
  if (norm === 0) return;
  const k = scale / Math.sqrt(norm);
  for (const [key, c] of counts) {
    const b = hashFeature(key);
    target.set(b, (target.get(b) ?? 0) + Math.log1p(c) * k);
  }
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Layout signals as fractions of non-empty lines: cheap, and they survive OCR better than words do. */
function layoutCounts(text: string): Map<string, number> {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const n = Math.max(lines.length, 1);
  const frac = (re: RegExp) => lines.filter((l) => re.test(l)).length / n;
  const signals: Record<string, number> = {
    table: frac(/\S\s*\|\s*\S/),
    result: frac(/\d\s*(?:mg\/dl|g\/dl|mmol\/l|meq\/l|u\/l|iu\/l|x ?10|\/ul|%|ng\/ml|pg|fl)\b/i),
    range: frac(/\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?\s*(?:[a-z/%]|$)/i),
    dose: frac(/\d\s*(?:mg|mcg|ml|units?|tabs?|tablets?|capsules?|puffs?)\b/i),
    heading: frac(/^\s*[A-Z][A-Z /&-]{3,}:?\s*$/),
    colonHeading: frac(/^\s*[A-Za-z][A-Za-z /&-]{2,40}:\s*\S/),
    money: frac(/\$\s?\d/),
    short: lines.filter((l) => l.trim().length < 30).length / n,
  };
  const out = new Map<string, number>();
  for (const [name, v] of Object.entries(signals)) {
    // Bucketed so a linear model can use non-monotone shapes.
    const level = v === 0 ? 0 : v < 0.1 ? 1 : v < 0.3 ? 2 : v < 0.6 ? 3 : 4;
    out.set(`L:${name}:${level}`, 1);
  }
  out.set(`L:len:${Math.min(6, Math.floor(Math.log2(1 + text.length / 200)))}`, 1);
  return out;
}

/**
 * Turns a document into its hashed feature vector. `extra` adds a group of named features computed
 * elsewhere (the hand-written rules that fired), so the model can learn how far to trust each.
 */
export function featurize(text: string, extra?: Map<string, number>): SparseVector {
  const clipped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const words = new Map<string, number>();
  const tokens = modelTokens(clipped);
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as ModelToken).key;
    count(words, wordKey(t));
    const next = tokens[i + 1];
    if (next) count(words, bigramKey(t, next.key));
  }
  const grams = new Map<string, number>();
  const letters = squashText(clipped).letters;
  for (let i = 0; i + 4 <= letters.length; i++) count(grams, `c:${letters.slice(i, i + 4)}`);

  const acc = new Map<number, number>();
  addGroup(acc, words, 1);
  addGroup(acc, grams, 1);
  addGroup(acc, layoutCounts(clipped), 0.5);
  if (extra) addGroup(acc, extra, 1);
  const entries = [...acc.entries()].sort((a, b) => a[0] - b[0]);
  return {
    index: Int32Array.from(entries, (e) => e[0]),
    value: Float32Array.from(entries, (e) => e[1]),
  };
}
