/**
 * Finding dates written in the many ways US medical records write them: 03/04/2026, 3-4-26, 2026-03-04,
 * March 4, 2026, Mar 4th 2026, 04 Mar 2026, 4-Mar-26, MAR 04, 2026@12:27, 04.03.2026, Mar-04-2026.
 */

/** One date written in a text. */
export interface DateMention {
  /** Character offset of the mention. */
  index: number;
  /** The mention as written. */
  raw: string;
  year: number;
  /** For purely numeric dates the two parts whose order is unknown; otherwise month and day are settled. */
  first: number;
  second: number;
  /** True when `first`/`second` may be month/day or day/month (e.g. 03/04/2026). */
  ambiguous: boolean;
  /** True when written with dots (04.03.2026), which is day-first almost everywhere. */
  dotted: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "'?(\\d{4}|\\d{2})";
/** Between day/month and year there must be a separator, or "March 2026" would read as March 20, 26. */
const SEP = '(?:,\\s{0,2}|[\\s-]{1,2})';

/** Two-digit years: 00-49 are 2000s, 50-99 are 1900s (fixed, so results never depend on today's date). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

function monthOf(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace('.', '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/** True when the year/month/day form a real calendar date in a plausible range. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO form YYYY-MM-DD. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Shape {
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, 'index' | 'raw'> | null;
}

const SHAPES: Shape[] = [
  {
    // 2026-03-04, 2026/03/04, 2026-03-04T10:00
    re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    read: (m) => ({
      year: Number(m[1]),
      first: Number(m[2]),
      second: Number(m[3]),
      ambiguous: false,
      dotted: false,
    }),
  },
  {
    // March 4, 2026 / Mar 4th 2026 / MAR 04, 2026@12:27 / Mar-04-2026
    re: new RegExp(`\\b${MONTH}[\\s-]{0,2}${DAY}${SEP}${YEAR}(?!\\d)`, 'gi'),
    read: (m) => ({
      year: fullYear(m[3] as string),
      first: monthOf(m[1] as string),
      second: Number(m[2]),
      ambiguous: false,
      dotted: false,
    }),
  },
  {
    // 04 Mar 2026 / 4-Mar-26 / 4 March, 2026
    re: new RegExp(`\\b${DAY}[\\s-]{0,2}${MONTH}${SEP}${YEAR}(?!\\d)`, 'gi'),
    read: (m) => ({
      year: fullYear(m[3] as string),
      first: monthOf(m[2] as string),
      second: Number(m[1]),
      ambiguous: false,
      dotted: false,
    }),
  },
  {
    // 03/04/2026, 3-4-26, 04.03.2026
    re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      return {
        year: fullYear(m[4] as string),
        first: a,
        second: b,
        ambiguous: a <= 12 && b <= 12 && a !== b,
        dotted: m[2] === '.',
      };
    },
  },
];

/**
 * Every date mention in a text, in order. Numeric mentions keep their two parts unordered
 * (`first`/`second`); named-month mentions have first = month, second = day.
 */
export function findDateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(text); m; m = shape.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const parts = shape.read(m);
      if (!parts) continue;
      taken.push([start, end]);
      out.push({ index: start, raw: m[0], ...parts });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Decides whether the numeric dates of one document are day-first: a part greater than 12 settles it
 * (13/04/2026 is day-first, 04/13/2026 month-first), dotted dates lean day-first, else the caller's choice.
 */
export function documentIsDayFirst(mentions: DateMention[], fallback: boolean): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of mentions) {
    if (!/^\d/.test(m.raw) || /^\d{4}/.test(m.raw)) continue;
    if (m.first > 12 && m.second <= 12) dayFirst++;
    else if (m.second > 12 && m.first <= 12) monthFirst++;
    else if (m.dotted) dayFirst += 0.5;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  return fallback;
}

/** The ISO date of a mention under the document's day/month order, or null if that is not a real date. */
export function mentionToIso(m: DateMention, dayFirst: boolean): string | null {
  const numeric = /^\d/.test(m.raw) && !/^\d{4}/.test(m.raw) && !/[a-z]/i.test(m.raw);
  let month = m.first;
  let day = m.second;
  if (numeric) {
    // A part over 12 can only be the day, whatever the document's habit.
    const swap = m.first > 12 || (dayFirst && m.second <= 12);
    if (swap) [month, day] = [m.second, m.first];
  }
  return isValidDate(m.year, month, day) ? isoDate(m.year, month, day) : null;
}

/** Both calendar readings of a mention (one for unambiguous ones). */
export function possibleIsoDates(m: DateMention): string[] {
  const out = new Set<string>();
  for (const dayFirst of [false, true]) {
    const iso = mentionToIso(m, dayFirst);
    if (iso) out.add(iso);
  }
  return [...out];
}
