/**
 * HL7 v3 timestamps (`20170810`, `19540323000000.000-0600`) and FHIR dates to ISO 8601 prefixes. Only the
 * date part is kept for C-CDA (time zones in exports are unreliable and the product works with days).
 */
export function hl7Date(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4})(\d{2})?(\d{2})?/.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && !isMonth(month)) return year;
  if (day && !isDay(day)) return `${year}-${month}`;
  return [year, month, day].filter(Boolean).join('-');
}

/** A FHIR date / dateTime cut to its date part ('2014-10-13T12:08:24-04:00' → '2014-10-13'). */
export function fhirDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value.trim());
  return match ? match[0] : undefined;
}

/** Keeps a date only when it names a whole day (birth dates are shown and matched as YYYY-MM-DD). */
export function fullDay(value: string | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function isMonth(mm: string): boolean {
  const n = Number(mm);
  return n >= 1 && n <= 12;
}

function isDay(dd: string): boolean {
  const n = Number(dd);
  return n >= 1 && n <= 31;
}
