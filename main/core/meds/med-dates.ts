/**
 * Finds dates in medication text and writes them as ISO 8601: "2015-06-22", "06/22/2015", "20150622",
 * "22-Jun-2015", "June 22nd, 2015", "Aug-06-2012", "Mon Jun 22 00:00:00 EDT 2015"; "March 2019" → "2019-03".
 * Numeric day/month order is read the US way (month first), as US records write it.
 */

/** A date found in text. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n + (n < 50 ? 2000 : 1900);
}

function iso(year: number, month: number, day?: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

type Reader = (m: RegExpExecArray) => string | null;

// Ordered: longer, more specific forms first; a span taken by one form is not read again.
const FORMS: [RegExp, Reader][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3]))],
  [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3]))],
  [
    new RegExp(
      String.raw`\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+${MONTH}\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{2,5}\s+)?(\d{4})\b`,
      'gi',
    ),
    (m) => iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])),
  ],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[-\s]${MONTH}[-\s,]+(\d{4}|\d{2})\b`, 'gi'),
    (m) => iso(fullYear(m[3] ?? ''), monthNumber(m[2] ?? ''), Number(m[1])),
  ],
  [
    new RegExp(String.raw`\b${MONTH}[-\s](\d{1,2})(?:st|nd|rd|th)?(?:,\s*|[-\s]+)(\d{4})\b`, 'gi'),
    (m) => iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])),
  ],
  [
    /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/g,
    (m) => iso(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2])),
  ],
  [/\b((?:19|20)\d{2})(\d{2})(\d{2})\b/g, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(String.raw`\b${MONTH},?\s+(\d{4})\b`, 'gi'), (m) => iso(Number(m[2]), monthNumber(m[1] ?? ''))],
  [/\b(\d{1,2})\/(\d{4})\b/g, (m) => iso(Number(m[2]), Number(m[1]))],
];

/** Every date in text, in reading order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = (start: number, end: number): boolean => found.some((d) => start < d.end && end > d.start);
  for (const [re, read] of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const value = read(m);
      if (value) found.push({ iso: value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in text as ISO, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
