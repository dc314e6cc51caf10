/**
 * Reads prescription directions ("sig") and frequency columns: how often (a code and doses per day),
 * whether only as needed, and the route. Pure text rules; no drug knowledge.
 */

/** Routes, normalised: PO/by mouth → oral, intravenous → IV, SC/SQ → subcutaneous, ... */
export type MedRoute =
  | 'oral'
  | 'IV'
  | 'subcutaneous'
  | 'IM'
  | 'topical'
  | 'inhaled'
  | 'sublingual'
  | 'rectal'
  | 'nasal'
  | 'ophthalmic'
  | 'otic'
  | 'transdermal'
  | 'vaginal'
  | 'intrathecal'
  | 'intravesical'
  | 'injection';

/** A parsed frequency. `text` is the phrase that set it ("twice a day"), `perDay` the most doses a day. */
export interface ParsedSig {
  text: string;
  /** 'QD', 'BID', 'TID', 'QID', 'Q6H', 'QHS', 'QAM', 'QPM', 'QOD', 'QW', 'Q3W', 'Q2D', 'QMONTH', 'ONCE', 'PRN', ... or null */
  code: string | null;
  perDay: number | null;
  prn: boolean;
  route?: MedRoute;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  twenty: 20,
  'twenty-four': 24,
  once: 1,
  twice: 2,
  thrice: 3,
};

/** "6", "six" → 6; null for anything else, including digits too many to be a number (Infinity). */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+(\.\d+)?$/.test(w)) {
    const value = Number(w);
    return Number.isFinite(value) ? value : null;
  }
  return NUMBER_WORDS[w] ?? null;
}

const NUM = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-four|twenty)`;
/** "3-4", "3 to 4", "3 or 4": the larger number counts (the most a person may take). */
const RANGE = String.raw`${NUM}(?:\s*(?:-|to|or)\s*${NUM})?`;

const TIMES_CODE: Record<number, string> = { 1: 'QD', 2: 'BID', 3: 'TID', 4: 'QID' };

function rangeMax(a: string | undefined, b: string | undefined): number | null {
  const x = a === undefined ? null : numberValue(a);
  const y = b === undefined ? null : numberValue(b);
  if (x === null) return y;
  return y === null ? x : Math.max(x, y);
}
function rangeMin(a: string | undefined, b: string | undefined): number | null {
  const x = a === undefined ? null : numberValue(a);
  const y = b === undefined ? null : numberValue(b);
  if (x === null) return y;
  return y === null ? x : Math.min(x, y);
}

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray) => { code: string; perDay: number | null } | null;
}

const fixed = (code: string, perDay: number | null) => (): { code: string; perDay: number | null } => ({
  code,
  perDay,
});

/** Ordered: specific phrases before the general ones they contain ("twice daily" before "daily"). */
const RULES: Rule[] = [
  {
    // q6h, q 6 hr, q4-6h, every 12 hours, every twelve hours, every 4 to 6 hours, 1 every 12 hours
    re: new RegExp(String.raw`\b(?:q|every|each)\s*${RANGE}\s*(?:h|hrs?|hours?)\b`, 'i'),
    read: (m) => {
      const hours = rangeMin(m[1], m[2]);
      if (!hours) return null;
      if (hours === 24) return { code: 'QD', perDay: 1 };
      return { code: `Q${hours}H`, perDay: round(24 / hours) };
    },
  },
  {
    re: /\b(?:qod|every other day|every 2nd day|alternate days|on alternate days)\b/i,
    read: fixed('QOD', 0.5),
  },
  {
    re: new RegExp(String.raw`\b(?:q|every)\s*${NUM}\s*(?:d|days)\b`, 'i'),
    read: (m) => {
      const days = numberValue(m[1] ?? '');
      if (!days) return null;
      return days === 1 ? { code: 'QD', perDay: 1 } : { code: `Q${days}D`, perDay: round(1 / days) };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:q|every)\s*${NUM}\s*(?:w|wks?|weeks?)\b`, 'i'),
    read: (m) => {
      const weeks = numberValue(m[1] ?? '');
      if (!weeks) return null;
      return weeks === 1
        ? { code: 'QW', perDay: round(1 / 7) }
        : { code: `Q${weeks}W`, perDay: round(1 / (7 * weeks)) };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:q|every)\s*${NUM}\s*(?:mo|months?)\b`, 'i'),
    read: (m) => {
      const months = numberValue(m[1] ?? '');
      if (!months) return null;
      return months === 1
        ? { code: 'QMONTH', perDay: round(1 / 30) }
        : { code: `Q${months}MO`, perDay: round(1 / (30 * months)) };
    },
  },
  {
    // twice weekly, 3 times a week, three times per week, TIW, BIW
    re: new RegExp(
      String.raw`\b${RANGE}\s*(?:x|times)?\s*(?:a|per|each|\/)\s*(?:week|wk)\b|\b(twice|thrice)\s+(?:a\s+|per\s+)?week(?:ly)?\b`,
      'i',
    ),
    read: (m) => {
      const n = rangeMax(m[1] ?? m[3], m[2]);
      return n ? { code: n === 1 ? 'QW' : `${n}X/WEEK`, perDay: round(n / 7) } : null;
    },
  },
  { re: /\b(?:tiw)\b/i, read: fixed('3X/WEEK', round(3 / 7)) },
  { re: /\b(?:biw)\b/i, read: fixed('2X/WEEK', round(2 / 7)) },
  {
    re: /\b(?:weekly|once a week|once weekly|every week|each week|per week|qw|qwk|q1wk|q\s*week)\b/i,
    read: fixed('QW', round(1 / 7)),
  },
  {
    re: /\b(?:monthly|once a month|every month|each month|qmonth|q\s*month)\b/i,
    read: fixed('QMONTH', round(1 / 30)),
  },
  {
    // 3 times a day, three times daily, 2 times per day, 3-4 times daily, 2x/day, 2 x daily
    re: new RegExp(
      String.raw`\b${RANGE}\s*(?:x|times)\s*(?:a\s+day|per\s+day|each\s+day|every\s+day|daily|\/\s*day|\/\s*d\b|day)`,
      'i',
    ),
    read: (m) => {
      const n = rangeMax(m[1], m[2]);
      return n ? { code: TIMES_CODE[n] ?? `${n}X/DAY`, perDay: n } : null;
    },
  },
  { re: /\b(?:twice|two times)\s*(?:a|per|each)?\s*(?:day|daily)\b|\bbid\b/i, read: fixed('BID', 2) },
  { re: /\b(?:thrice)\s*(?:a|per|each)?\s*(?:day|daily)\b|\btid\b/i, read: fixed('TID', 3) },
  { re: /\bqid\b/i, read: fixed('QID', 4) },
  {
    re: /\b(?:qhs|at bed ?time|bed ?time|nightly|every night|each night|at night|hour of sleep|hs)\b/i,
    read: fixed('QHS', 1),
  },
  { re: /\b(?:qam|every morning|each morning|in the morning|in am|every am)\b/i, read: fixed('QAM', 1) },
  { re: /\b(?:qpm|every evening|each evening|in the evening|in pm|every pm)\b/i, read: fixed('QPM', 1) },
  {
    re: /\b(?:once daily|once a day|once per day|daily|every day|each day|per day|a day|qd|qday|q24h|q\s*24\s*h)\b/i,
    read: fixed('QD', 1),
  },
  { re: /\b(?:continuous(?:ly)?|continuous infusion)\b/i, read: fixed('CONTINUOUS', null) },
  { re: /\b(?:once|one time|x\s*1|1\s*x|single dose|stat)\b/i, read: fixed('ONCE', null) },
];

const PRN = /\b(?:prn|as needed|as required|when needed|if needed|needed for)\b/i;

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** Folds dotted abbreviations ("b.i.d.", "q.h.s.", "p.o.") into plain ones ("bid", "qhs", "po"). */
function undot(text: string): string {
  return text
    .replace(/\b([a-z])\.(?=[a-z](?:\.|\b))/gi, '$1')
    .replace(/\b([a-z]{2,4})\.(?=\s|,|;|$)/gi, '$1');
}

interface RouteRule {
  route: MedRoute;
  /** words, any case */
  words: RegExp;
  /** short codes, in capitals only: in lower case they are ordinary words or other things */
  codes?: RegExp;
}

const ROUTE_RULES: RouteRule[] = [
  { route: 'oral', words: /\b(?:by mouth|orally|oral|per os|swallow|chew(?:ed|able)?|po)\b/i },
  { route: 'IV', words: /\b(?:intravenous(?:ly)?|iv push|ivpb|iv piggyback|infusion|infuse[ds]?|iv)\b/i },
  {
    route: 'subcutaneous',
    words: /\b(?:subcutaneous(?:ly)?|subcut|sub-q|subq|under the skin|sq)\b/i,
    codes: /\bSC\b/,
  },
  { route: 'IM', words: /\b(?:intramuscular(?:ly)?|into the muscle)\b/i, codes: /\bIM\b/ },
  { route: 'sublingual', words: /\b(?:sublingual(?:ly)?|under the tongue)\b/i, codes: /\bSL\b/ },
  {
    route: 'inhaled',
    words: /\b(?:inhal\w*|nebuli[sz]\w*|respiratory|puffs?|via neb|neb)\b/i,
    codes: /\bINH\b/,
  },
  { route: 'nasal', words: /\b(?:nasal(?:ly)?|intranasal(?:ly)?|nostrils?)\b/i },
  {
    route: 'ophthalmic',
    words: /\b(?:ophthalmic|eye drops?|(?:each|both|the left|the right|affected) eyes?)\b/i,
    codes: /\bOU\b/,
  },
  { route: 'otic', words: /\b(?:otic|(?:each|both|the left|the right|affected) ears?)\b/i },
  { route: 'transdermal', words: /\b(?:transdermal(?:ly)?|patch(?:es)?)\b/i },
  { route: 'topical', words: /\b(?:topical(?:ly)?|apply|applied|to (?:the )?(?:skin|affected area))\b/i },
  { route: 'rectal', words: /\b(?:rectal(?:ly)?|per rectum|suppositor(?:y|ies))\b/i, codes: /\bPR\b/ },
  { route: 'vaginal', words: /\b(?:vaginal(?:ly)?|per vagina|intravaginal(?:ly)?)\b/i },
  { route: 'intrathecal', words: /\bintrathecal(?:ly)?\b/i },
  { route: 'intravesical', words: /\bintravesic(?:al|ular)(?:ly)?\b/i },
  { route: 'injection', words: /\b(?:inject\w*|injectable|syringe|shot)\b/i },
];

/** The route named in text, or null. A specific route wins over a plain "injection". */
export function parseRoute(text: string): MedRoute | null {
  const t = undot(text);
  let best: { route: MedRoute; index: number } | null = null;
  for (const { route, words, codes } of ROUTE_RULES) {
    const w = words.exec(t);
    const c = codes?.exec(t);
    const m = w && c ? (w.index <= c.index ? w : c) : (w ?? c);
    if (!m) continue;
    if (route === 'injection') return best?.route ?? route;
    if (!best || m.index < best.index) best = { route, index: m.index };
  }
  return best?.route ?? null;
}

/**
 * Parses directions or a frequency cell: "1 tab by mouth twice a day" → BID, 2/day, oral; "q6h prn" →
 * Q6H, 4/day, prn; "every 3 weeks" → Q3W. Returns code null and perDay null when no frequency is stated.
 */
export function parseSig(text: string): ParsedSig {
  const t = undot(text.replace(/\s+/g, ' ').trim());
  const prnMatch = PRN.exec(t);
  const prn = prnMatch !== null;
  const route = parseRoute(t) ?? undefined;
  for (const rule of RULES) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const read = rule.read(m);
    if (!read) continue;
    // "q6h PRN": the as-needed part belongs in the text people read.
    const phrase = prnMatch && !m[0].includes(prnMatch[0]) ? `${m[0].trim()} ${prnMatch[0]}` : m[0].trim();
    return { text: phrase, code: read.code, perDay: read.perDay, prn, ...(route ? { route } : {}) };
  }
  if (prnMatch) return { text: prnMatch[0], code: 'PRN', perDay: null, prn, ...(route ? { route } : {}) };
  return { text: '', code: null, perDay: null, prn, ...(route ? { route } : {}) };
}
