const LONG_DATE = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Today as YYYY-MM-DD in the computer's own time zone (a birthday starts at local midnight). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "12 March 1950" in the user's language; the date is a calendar date, so no time zone shift. */
export function formatLongDate(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return LONG_DATE.format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day)));
}

/** Whole years between a birth date and today (both YYYY-MM-DD); null when not a date. */
export function ageInYears(birthIso: string, today = todayIso()): number | null {
  const birth = parseIsoDate(birthIso);
  const now = parseIsoDate(today);
  if (!birth || !now) return null;
  let years = now.year - birth.year;
  if (now.month < birth.month || (now.month === birth.month && now.day < birth.day)) years -= 1;
  return years >= 0 ? years : null;
}

/** "75 years old", "1 year old", "Under 1 year old". */
export function describeAge(years: number): string {
  if (years < 1) return 'Under 1 year old';
  return years === 1 ? '1 year old' : `${years} years old`;
}
