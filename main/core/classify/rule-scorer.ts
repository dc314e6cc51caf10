import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import { KNOWLEDGE, type KnowledgeRule } from './category-knowledge.ts';
import { MAX_CHARS } from './features.ts';
import { canonicalLetters, squashText, type SquashedText } from './ocr-tolerant-text.ts';

/** One piece of hand-written knowledge found in a document. */
export interface RuleHit {
  category: CategoryId;
  /** The words as they appear in the document (whitespace collapsed). */
  phrase: string;
  /** Index of the rule in KNOWLEDGE (a feature for the statistical model). */
  rule: number;
  /** True when found in the document's title lines. */
  inTitle: boolean;
  /** Evidence points this hit added (weight, doubled for document-type words in the title area). */
  points: number;
}

/** Evidence points per category and the hits behind them. */
export interface RuleScores {
  scores: Record<CategoryId, number>;
  hits: RuleHit[];
}

/** Non-empty lines at the top that count as the document's title (print stamps and page headers skipped). */
const TITLE_LINES = 2;
const PRINT_HEADER = /\bprinted\b|\bpage \d+ of \d+|^\s*page \d+\s*$/i;
/** Phrases shorter than this must match whole words, or they would be found inside longer words. */
const SHORT_PHRASE = 6;

type CompiledRule =
  | { rule: KnowledgeRule; index: number; kind: 'phrase'; letters: string; atLine: boolean }
  | { rule: KnowledgeRule; index: number; kind: 'pattern'; re: RegExp };

const COMPILED: CompiledRule[] = KNOWLEDGE.map((rule, index) =>
  'phrase' in rule
    ? { rule, index, kind: 'phrase', letters: canonicalLetters(rule.phrase), atLine: rule.at === 'line' }
    : { rule, index, kind: 'pattern', re: rule.pattern },
);

/** Where the title ends in the squashed letters: after the first TITLE_LINES lines that are not print headers. */
function titleEnd(text: string, sq: SquashedText): number {
  let letters = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    const squashed = squashText(line).letters.length;
    letters += squashed;
    if (squashed === 0 || PRINT_HEADER.test(line)) continue;
    if (++lines === TITLE_LINES) break;
  }
  return Math.min(letters, sq.letters.length);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** First acceptable occurrence of a phrase (occurrences come in order, so a title-area one comes first). */
function findPhrase(sq: SquashedText, letters: string, atLine: boolean): number {
  const needWordEnd = letters.length < SHORT_PHRASE;
  for (let at = sq.letters.indexOf(letters); at !== -1; at = sq.letters.indexOf(letters, at + 1)) {
    if (!sq.isWordStart[at]) continue;
    if (needWordEnd && !sq.isWordStart[at + letters.length]) continue;
    if (atLine && !sq.lineStarts.has(at)) continue;
    return at;
  }
  return -1;
}

function zeroScores(): Record<CategoryId, number> {
  return Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
}

/**
 * Applies the hand-written knowledge to a document. Each rule counts once; a document-type name in the
 * title lines counts four times (a strong one double), since a title says what a document is.
 */
export function scoreRules(text: string): RuleScores {
  const clipped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const sq = squashText(clipped);
  const titleLetters = titleEnd(clipped, sq);
  const scores = zeroScores();
  const hits: RuleHit[] = [];
  for (const c of COMPILED) {
    let phrase: string;
    let inTitle: boolean;
    if (c.kind === 'phrase') {
      const at = findPhrase(sq, c.letters, c.atLine);
      if (at === -1) continue;
      const last = at + c.letters.length - 1;
      phrase = collapse(clipped.slice(sq.wordStart[at], sq.wordEnd[last]));
      inTitle = at < titleLetters;
    } else {
      const m = c.re.exec(clipped);
      if (!m) continue;
      phrase = collapse(m[0]);
      inTitle = false;
    }
    const points = c.rule.weight * (!inTitle ? 1 : c.rule.weight >= 3 ? 4 : c.rule.weight >= 2 ? 2 : 1);
    scores[c.rule.category] += points;
    hits.push({ category: c.rule.category, phrase, rule: c.index, inTitle, points });
  }
  return { scores, hits };
}
