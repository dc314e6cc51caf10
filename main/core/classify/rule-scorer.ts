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
  /** True when a document-type name was found in the document's title lines. */
  inTitle: boolean;
  /** Evidence points this hit added (weight, multiplied for a document-type name in the title lines). */
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

/** A document-type name in the title lines counts this many times its weight. */
const TITLE_GAIN = 4;

type CompiledRule =
  | { rule: KnowledgeRule; index: number; kind: 'phrase'; letters: string; atLine: boolean; doctype: boolean }
  | { rule: KnowledgeRule; index: number; kind: 'pattern'; re: RegExp }
  | { rule: KnowledgeRule; index: number; kind: 'lines'; re: RegExp; minLines: number; minShare: number };

const COMPILED: CompiledRule[] = KNOWLEDGE.map((rule, index): CompiledRule => {
  if ('phrase' in rule) {
    const letters = canonicalLetters(rule.phrase);
    return {
      rule,
      index,
      kind: 'phrase',
      letters,
      atLine: rule.at === 'line',
      doctype: rule.doctype === true,
    };
  }
  if ('lines' in rule) {
    return { rule, index, kind: 'lines', re: rule.lines, minLines: rule.minLines, minShare: rule.minShare };
  }
  return { rule, index, kind: 'pattern', re: rule.pattern };
});

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

/** The first match of a line rule, when enough of the document's lines match it. */
function findLines(lines: string[], c: Extract<CompiledRule, { kind: 'lines' }>): string | undefined {
  let first: string | undefined;
  let count = 0;
  for (const line of lines) {
    const m = c.re.exec(line);
    if (!m) continue;
    first ??= m[0];
    count++;
  }
  return count >= c.minLines && count >= c.minShare * lines.length ? first : undefined;
}

/**
 * Applies the hand-written knowledge to a document. Each rule counts once; a document-type name in the
 * title lines counts TITLE_GAIN times, since a title says what a document is.
 */
export function scoreRules(text: string): RuleScores {
  const clipped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const sq = squashText(clipped);
  const titleLetters = titleEnd(clipped, sq);
  const lines = clipped.split('\n').filter((l) => l.trim().length > 0);
  const scores = zeroScores();
  const hits: RuleHit[] = [];
  for (const c of COMPILED) {
    let phrase: string;
    let inTitle = false;
    if (c.kind === 'phrase') {
      const at = findPhrase(sq, c.letters, c.atLine);
      if (at === -1) continue;
      const last = at + c.letters.length - 1;
      phrase = collapse(clipped.slice(sq.wordStart[at], sq.wordEnd[last]));
      inTitle = c.doctype && at < titleLetters;
    } else if (c.kind === 'lines') {
      const match = findLines(lines, c);
      if (match === undefined) continue;
      phrase = collapse(match);
    } else {
      const m = c.re.exec(clipped);
      if (!m) continue;
      phrase = collapse(m[0]);
    }
    const points = c.rule.weight * (inTitle ? TITLE_GAIN : 1);
    scores[c.rule.category] += points;
    hits.push({ category: c.rule.category, phrase, rule: c.index, inTitle, points });
  }
  return { scores, hits };
}
