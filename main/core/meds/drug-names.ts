/**
 * The bundled offline drug-name list: lookup, normalisation (brand → generic, salts, small OCR errors)
 * and ranked autocomplete. Built once, lazily, from resources/drug-names/ (the generated Orange Book list
 * plus the hand-written supplement).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.ts';
import { log } from '../log/logger.ts';
import type { DrugNamesFile, DrugSupplementFile } from './drug-names-file.ts';
import { SALT_WORDS, combineGenerics, nameKey, nameTokens, stripSalts } from './drug-text.ts';

const DEFAULT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../resources/drug-names',
);

/** Supplement drugs are common enough in cancer care to rank like a drug with this many products. */
const SUPPLEMENT_WEIGHT = 30;

/** One name people may type or write: a generic, a brand, or another name (abbreviation, old name). */
export interface DrugName {
  /** lookup key: lower-case words separated by single spaces */
  key: string;
  /** the name as shown ("Zofran", "ondansetron", "APAP") */
  display: string;
  kind: 'generic' | 'brand' | 'synonym';
  /** canonical generic ("ondansetron"; combinations "acetaminophen / codeine") */
  generic: string;
  /** how common (number of products); ranks suggestions */
  weight: number;
  /** a name that is also an everyday or lab word: needs context (a strength, a medication list) in text */
  ambiguous: boolean;
}

/** The loaded list with its prebuilt indexes. */
export interface DrugNames {
  /** exact lookup by key */
  byKey: ReadonlyMap<string, DrugName>;
  /** every name sorted by key, for prefix search */
  sorted: readonly DrugName[];
  /** OCR skeletons of the keys, grouped by length, for close-spelling search */
  skeletonsByLength: ReadonlyMap<number, readonly Skeleton[]>;
  /** later words of multi-word names ("emtansine" → ado-trastuzumab emtansine), sorted by word */
  wordIndex: readonly { word: string; name: DrugName }[];
  /** names by their first token, longest first: for finding names in running text */
  byFirstToken: ReadonlyMap<string, readonly { tokens: string[]; name: DrugName }[]>;
  /** words never read as a drug in running text */
  notDrugs: ReadonlySet<string>;
  /** generic → routes it is made for ("oral", "intravenous", ...) */
  routes: ReadonlyMap<string, readonly string[]>;
}

/** A key folded for OCR look-alikes, with the set of its letters as bits (a cheap first filter). */
interface Skeleton {
  skeleton: string;
  letters: number;
  name: DrugName;
}

/** A normalised drug name. `known` is false for names not in the list: they are kept, never rejected. */
export interface NormalizedDrug {
  generic: string;
  brand?: string;
  known: boolean;
}

/** One autocomplete suggestion. */
export interface DrugSuggestion {
  /** "Zofran (ondansetron)" for brands and other names, "ondansetron" for generics */
  label: string;
  /** the name itself ("Zofran") */
  name: string;
  generic: string;
  brand?: string;
  kind: DrugName['kind'];
}

let cached: DrugNames | null = null;

/** The drug-name list, loaded on first use and kept (about 30 ms once; free afterwards). */
export function loadDrugNames(): DrugNames {
  if (!cached) cached = readDrugNames(DEFAULT_DIR);
  return cached;
}

/** Reads and indexes the list from a folder holding drug-names.json and supplement.json. */
export function readDrugNames(dir: string): DrugNames {
  const started = performance.now();
  let base: DrugNamesFile;
  let supplement: DrugSupplementFile;
  try {
    base = JSON.parse(readFileSync(path.join(dir, 'drug-names.json'), 'utf8')) as DrugNamesFile;
    supplement = JSON.parse(readFileSync(path.join(dir, 'supplement.json'), 'utf8')) as DrugSupplementFile;
  } catch (cause) {
    throw new AppError(
      'INTERNAL',
      'The built-in list of drug names could not be read. Reinstalling CareBinder should fix this.',
      {
        cause,
      },
    );
  }
  const names = buildNames(base, supplement);
  log.debug('meds.drug_names.loaded', {
    names: names.byKey.size,
    ms: Math.round(performance.now() - started),
  });
  return names;
}

function buildNames(base: DrugNamesFile, supplement: DrugSupplementFile): DrugNames {
  const ambiguous = new Set(supplement.ambiguous.map(nameKey));
  const byKey = new Map<string, DrugName>();
  const routes = new Map<string, string[]>();
  const add = (display: string, kind: DrugName['kind'], generic: string, weight: number): void => {
    const key = nameKey(display);
    if (!key) return;
    const existing = byKey.get(key);
    // Generics win over brands and other names with the same words; hand-written entries win over generated.
    if (existing && (existing.kind === 'generic' || kind !== 'generic') && existing.weight >= weight) return;
    byKey.set(key, {
      key,
      display,
      kind,
      generic,
      weight,
      ambiguous: ambiguous.has(key) || ambiguous.has(nameKey(generic)),
    });
  };

  for (const [generic, entry] of Object.entries(base.generics)) {
    add(generic, 'generic', generic, entry.n);
    routes.set(generic, entry.r);
  }
  for (const [key, brand] of Object.entries(base.brands)) {
    const generic = brand.g.length === 1 ? (brand.g[0] ?? key) : [...brand.g].sort().join(' / ');
    if (!byKey.has(key)) add(brand.d, 'brand', generic, brand.n);
  }
  for (const drug of supplement.drugs) {
    add(drug.generic, 'generic', drug.generic, SUPPLEMENT_WEIGHT);
    for (const brand of drug.brands) add(brand, 'brand', drug.generic, SUPPLEMENT_WEIGHT);
    if (drug.routes && !routes.has(drug.generic)) routes.set(drug.generic, drug.routes);
  }
  // Hand-written brands and other names are the authority for their words.
  const override = (display: string, kind: DrugName['kind'], generic: string): void => {
    const key = nameKey(display);
    const weight = byKey.get(nameKey(generic))?.weight ?? SUPPLEMENT_WEIGHT;
    byKey.set(key, { key, display, kind, generic, weight, ambiguous: ambiguous.has(key) });
  };
  for (const [brand, generic] of Object.entries(supplement.brands)) override(brand, 'brand', generic);
  for (const [synonym, generic] of Object.entries(supplement.synonyms)) override(synonym, 'synonym', generic);

  // A single ingredient is as common as all the products containing it, combinations included.
  for (const [generic, entry] of Object.entries(base.generics)) {
    if (!generic.includes(' / ')) continue;
    for (const part of generic.split(' / ')) {
      const single = byKey.get(part);
      if (single && single.kind === 'generic') single.weight += entry.n;
    }
  }

  const sorted = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const wordIndex: { word: string; name: DrugName }[] = [];
  const byFirstToken = new Map<string, { tokens: string[]; name: DrugName }[]>();
  for (const name of sorted) {
    const tokens = name.key.split(' ');
    tokens.slice(1).forEach((_t, i) => wordIndex.push({ word: tokens.slice(i + 1).join(' '), name }));
    const first = tokens[0] ?? '';
    const list = byFirstToken.get(first) ?? [];
    list.push({ tokens, name });
    byFirstToken.set(first, list);
  }
  wordIndex.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const skeletonsByLength = new Map<number, Skeleton[]>();
  for (const name of sorted) {
    const skeleton = ocrSkeleton(name.key);
    const list = skeletonsByLength.get(skeleton.length) ?? [];
    list.push({ skeleton, letters: letterBits(skeleton), name });
    skeletonsByLength.set(skeleton.length, list);
  }

  return {
    byKey,
    sorted,
    skeletonsByLength,
    wordIndex,
    byFirstToken,
    notDrugs: new Set(supplement.notDrugs.map(nameKey)),
    routes,
  };
}

/** Index of the first element whose key is >= prefix (binary search). */
function lowerBound<T>(items: readonly T[], prefix: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid] as T) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function suggestionOf(name: DrugName): DrugSuggestion {
  if (name.kind === 'generic')
    return { label: name.display, name: name.display, generic: name.generic, kind: name.kind };
  return {
    label: `${name.display} (${name.generic})`,
    name: name.display,
    generic: name.generic,
    brand: name.kind === 'brand' ? name.display : undefined,
    kind: name.kind,
  };
}

const isCombination = (name: DrugName): boolean => name.generic.includes(' / ');

function byRank(q: string) {
  return (a: DrugName, b: DrugName): number =>
    Number(b.key === q) - Number(a.key === q) ||
    Number(isCombination(a)) - Number(isCombination(b)) ||
    b.weight - a.weight ||
    a.key.length - b.key.length ||
    (a.key < b.key ? -1 : 1);
}

/**
 * Ranked suggestions for what someone is typing: names starting with it first (generics and brands
 * alike, most common first), then names with a later word starting with it, then close spellings.
 */
export function autocompleteDrug(prefix: string, limit = 10): DrugSuggestion[] {
  const names = loadDrugNames();
  const q = nameKey(prefix);
  if (!q || limit <= 0) return [];
  const seen = new Set<string>();
  const out: DrugSuggestion[] = [];
  const take = (tier: DrugName[]): void => {
    for (const name of tier.sort(byRank(q))) {
      if (out.length >= limit) return;
      const suggestion = suggestionOf(name);
      if (seen.has(suggestion.label)) continue;
      seen.add(suggestion.label);
      out.push(suggestion);
    }
  };

  const starts: DrugName[] = [];
  for (let i = lowerBound(names.sorted, q, (n) => n.key); i < names.sorted.length; i++) {
    const name = names.sorted[i] as DrugName;
    if (!name.key.startsWith(q)) break;
    starts.push(name);
  }
  take(starts);
  if (out.length < limit) {
    const inner: DrugName[] = [];
    for (let i = lowerBound(names.wordIndex, q, (w) => w.word); i < names.wordIndex.length; i++) {
      const entry = names.wordIndex[i] as { word: string; name: DrugName };
      if (!entry.word.startsWith(q)) break;
      inner.push(entry.name);
    }
    take(inner);
  }
  // Close spellings only when nothing starts with what was typed: a misspelling, not a short prefix.
  if (out.length === 0 && q.length >= 4)
    take(fuzzyCandidates(names, q, q.length >= 8 ? 2 : 1).map((c) => c.name));
  return out;
}

function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

function popCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}

/** OCR look-alikes folded together before comparing spellings (0/o, 1/l/i, 5/s, rn/m, vv/w). */
function ocrSkeleton(word: string): string {
  return word
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[01i|!]/g, (c) => (c === '0' ? 'o' : 'l'))
    .replace(/5/g, 's');
}

// Rows reused across calls: close-spelling search runs on every keystroke that matches nothing.
const MAX_WORD = 96;
const rowA = new Int32Array(MAX_WORD + 1);
const rowB = new Int32Array(MAX_WORD + 1);
const rowC = new Int32Array(MAX_WORD + 1);

/** Damerau–Levenshtein distance (optimal string alignment), giving up with max + 1 once it must exceed max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_WORD || b.length > MAX_WORD) return a === b ? 0 : max + 1;
  let prevPrev = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length] as number;
}

function fuzzyCandidates(
  names: DrugNames,
  key: string,
  maxDistance: number,
): { name: DrugName; distance: number }[] {
  const q = ocrSkeleton(key);
  const found: { name: DrugName; distance: number }[] = [];
  const qLetters = letterBits(q);
  for (let len = q.length - maxDistance; len <= q.length + maxDistance; len++) {
    for (const { skeleton, letters, name } of names.skeletonsByLength.get(len) ?? []) {
      // Each edit adds or removes at most two letters from the set of letters used.
      if (popCount(qLetters ^ letters) > 2 * maxDistance) continue;
      const d = editDistance(q, skeleton, maxDistance);
      if (d <= maxDistance) found.push({ name, distance: d });
    }
  }
  return found.sort((a, b) => a.distance - b.distance);
}

/**
 * The one known name a misspelt or OCR-damaged word most likely is, or null when none is close or the
 * closest ones disagree on the drug. Short words are never guessed (too many near neighbours).
 */
export function fuzzyDrugName(word: string): DrugName | null {
  const key = nameKey(word);
  if (key.length < 5) return null;
  const names = loadDrugNames();
  const candidates = fuzzyCandidates(names, key, key.length >= 9 ? 2 : 1);
  const best = candidates[0];
  if (!best) return null;
  const tied = candidates.filter((c) => c.distance === best.distance);
  return tied.every((c) => c.name.generic === best.name.generic) ? best.name : null;
}

function toNormalized(name: DrugName): NormalizedDrug {
  return name.kind === 'brand'
    ? { generic: name.generic, brand: name.display, known: true }
    : { generic: name.generic, known: true };
}

/** A drug name found in running text. */
export interface DrugMention {
  /** character offsets of the name in the text */
  start: number;
  end: number;
  /** the name as written ("Tylenol", "Levothyroxine Sodium", an OCR-damaged "Tarnoxifen") */
  text: string;
  generic: string;
  brand?: string;
  /** an everyday or lab word ("potassium"), or a name of three letters or fewer: needs context */
  needsContext: boolean;
  /** recognised through a close spelling, not an exact name */
  fuzzy: boolean;
}

interface Token {
  value: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+/g))
    tokens.push({ value: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Only spaces, hyphens, slashes and brackets may sit between the words of one name (no cell or line break). */
const WITHIN_NAME_GAP = /^[\s\-/().,'[\]]*$/;
/** What joins the parts of a combination ("hydrocodone/acetaminophen", "sennosides and docusate"). */
const COMBINATION_GAP = /^\s*(?:\/|-|\+|&|and|with|w\/)\s*$/i;

/**
 * Finds drug names in text, longest name first ("insulin glargine" before "insulin"), with trailing salt
 * words taken in ("metoprolol succinate"), and neighbouring generics joined into one combination.
 * `fuzzyAt(tokenEnd)` says where an unknown word may be read as a close spelling of a known name (the
 * caller knows the context, e.g. a strength follows); by default nowhere.
 */
export function findDrugMentions(
  text: string,
  fuzzyAt: (tokenEnd: number) => boolean = () => false,
): DrugMention[] {
  const names = loadDrugNames();
  const tokens = tokenize(text);
  const found: DrugMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const tok = tokens[i] as Token;
    let matched: { name: DrugName; last: number } | null = null;
    for (const { tokens: nameToks, name } of names.byFirstToken.get(tok.value) ?? []) {
      if (names.notDrugs.has(name.key) || /^\d+$/.test(name.key)) continue;
      const ok = nameToks.every((t, k) => {
        const cur = tokens[i + k];
        const prev = tokens[i + k - 1];
        return (
          cur?.value === t &&
          (k === 0 || (prev !== undefined && WITHIN_NAME_GAP.test(text.slice(prev.end, cur.start))))
        );
      });
      if (ok) {
        matched = { name, last: i + nameToks.length - 1 };
        break;
      }
    }
    if (!matched) {
      // The first word of a multi-word generic, when only one generic starts with it ("darbepoetin" alone).
      const starting = names.byFirstToken.get(tok.value) ?? [];
      const only = starting[0]?.name;
      if (
        tok.value.length >= 6 &&
        only &&
        starting.every((c) => c.name.kind === 'generic' && c.name.generic === only.generic)
      ) {
        matched = { name: only, last: i };
      }
    }
    if (matched) {
      let last = matched.last;
      while (
        SALT_WORDS.has(tokens[last + 1]?.value ?? '') &&
        /^\s+$/.test(text.slice(tokens[last]?.end, tokens[last + 1]?.start))
      )
        last++;
      const end = (tokens[last] as Token).end;
      const { name } = matched;
      found.push({
        start: tok.start,
        end,
        text: text.slice(tok.start, end),
        generic: name.generic,
        brand: name.kind === 'brand' ? name.display : undefined,
        needsContext: name.ambiguous || name.key.replace(/ /g, '').length <= 3,
        fuzzy: false,
      });
      i = last + 1;
      continue;
    }
    if (/^[a-z]{5,}$/.test(tok.value) && !names.notDrugs.has(tok.value) && fuzzyAt(tok.end)) {
      const guess = fuzzyDrugName(tok.value);
      if (guess && !guess.ambiguous) {
        found.push({
          start: tok.start,
          end: tok.end,
          text: text.slice(tok.start, tok.end),
          generic: guess.generic,
          brand: guess.kind === 'brand' ? guess.display : undefined,
          needsContext: false,
          fuzzy: true,
        });
      }
    }
    i++;
  }
  return joinCombinations(text, found);
}

/**
 * Joins neighbouring generics into the combination product they name ("hydrocodone/acetaminophen"),
 * only when that combination exists: "carboplatin and paclitaxel" stays two drugs given together.
 */
function joinCombinations(text: string, mentions: DrugMention[]): DrugMention[] {
  const names = loadDrugNames();
  const out: DrugMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const combined = prev ? combineGenerics([...prev.generic.split(' / '), ...m.generic.split(' / ')]) : '';
    if (
      prev &&
      !prev.brand &&
      !m.brand &&
      prev.generic !== m.generic &&
      COMBINATION_GAP.test(text.slice(prev.end, m.start)) &&
      names.byKey.get(nameKey(combined))?.generic === combined
    ) {
      out[out.length - 1] = {
        ...prev,
        end: m.end,
        text: text.slice(prev.start, m.end),
        generic: combined,
        needsContext: prev.needsContext && m.needsContext,
        fuzzy: prev.fuzzy || m.fuzzy,
      };
    } else out.push(m);
  }
  return out;
}

/**
 * Normalises a drug name as written: "Zofran" → ondansetron (brand Zofran), "metoprolol succinate ER" →
 * metoprolol, "Tamoxifan" → tamoxifen, "1 ML darbepoetin alfa 0.5 MG/ML [Aranesp]" → darbepoetin alfa.
 * A name not in the list comes back as itself with known=false; null only when there is no name at all.
 */
export function normalizeDrugName(name: string): NormalizedDrug | null {
  const tokens = nameTokens(name);
  if (!tokens.some((t) => /[a-z]/.test(t))) return null;
  const names = loadDrugNames();
  const exact = names.byKey.get(tokens.join(' ')) ?? names.byKey.get(stripSalts(tokens).join(' '));
  if (exact) return toNormalized(exact);

  const mentions = findDrugMentions(name);
  const mention = mentions.find((m) => !m.needsContext) ?? mentions[0];
  if (mention)
    return mention.brand
      ? { generic: mention.generic, brand: mention.brand, known: true }
      : { generic: mention.generic, known: true };

  // The name is the words before the first number ("Foobarzol 20 mg tablet" → foobarzol).
  const firstNumber = tokens.findIndex((t) => /^\d/.test(t));
  const words = (firstNumber === -1 ? tokens : tokens.slice(0, firstNumber)).filter((t) => /[a-z]/.test(t));
  if (words.length === 0) return null;
  const fuzzy = fuzzyDrugName(words.join(' ')) ?? fuzzyDrugName(words[0] ?? '');
  if (fuzzy) return toNormalized(fuzzy);
  return { generic: stripSalts(words).join(' '), known: false };
}
