/** Credentials that may follow a clinician's name. */
const CREDENTIALS = /^(?:md|do|phd|mbbs|np|pa|pa-c|rn|dnp|aprn|crna|facs|facp|mph|ms|faap|rph|pharmd)$/i;
/** Words that show a value is not a name at all. */
const NOT_NAME =
  /\b(?:unknown|none|not|n\/a|patient|report|date|hospital|clinic|center|department|medical|health|laboratory|lab|services?|pending|signature|signed|record|name|number|male|female)\b/i;

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc([a-z])/, (_, ch: string) => `Mc${ch.toUpperCase()}`);
}

/**
 * A person's name as people read it, or null when the value is not a plausible name. "DOE, JANE M"
 * becomes "Jane M Doe"; all-capital names are title-cased; trailing credentials are kept separately.
 */
export function readPersonName(raw: string): { name: string; credentials: string[] } | null {
  let value = raw
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!value || /\d/.test(value) || NOT_NAME.test(value)) return null;
  const credentials: string[] = [];
  // Split off credentials: "Jane Smith, MD" / "Jane Smith MD, PhD".
  const parts = value.split(/\s*,\s*/);
  while (
    parts.length > 1 &&
    (parts[parts.length - 1] ?? '').split(/\s+/).every((w) => CREDENTIALS.test(w.replace(/\./g, '')))
  ) {
    credentials.unshift(...(parts.pop() as string).split(/\s+/));
  }
  let words = parts.join(', ').split(' ');
  while (words.length > 1 && CREDENTIALS.test((words[words.length - 1] ?? '').replace(/[.,]/g, ''))) {
    credentials.unshift(words.pop() as string);
  }
  value = words.join(' ').replace(/^(?:dr|mr|mrs|ms|miss)\.?\s+/i, '');
  if (value.includes(',')) {
    const [last, first] = value.split(',', 2).map((s) => s.trim());
    if (!last || !first) return null;
    value = `${first} ${last}`;
  }
  words = value.split(' ').filter(Boolean);
  if (words.length < 1 || words.length > 5) return null;
  if (!words.every((w) => /^[A-Za-z][A-Za-z'.-]*$/.test(w))) return null;
  const allCaps = value === value.toUpperCase();
  return { name: allCaps ? words.map(titleCase).join(' ') : words.join(' '), credentials };
}
