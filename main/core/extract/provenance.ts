import { labelledValues, tidy } from './labelled-fields.ts';
import { readPersonName } from './person-name.ts';

const FACILITY_LABEL =
  /facility|hospital|institution|organi[sz]ation|clinic|practice|performing (?:site|lab(?:oratory)?)|location|custodian|health ?plan/;
/** Words that mark an organisation name. */
const FACILITY_WORDS =
  /\b(?:hospital|medical center|med(?:ical)? ctr|health(?:care)? (?:system|center)|cancer (?:center|institute)|clinic|infirmary|laborator(?:y|ies)|labs|imaging|radiology associates|medical group|physicians|university|institute|health|healthcare|memorial|surgery center|oncology|pathology associates|diagnostics)\b/i;

const CLINICIAN_LABEL =
  /surgeon|attending(?: physician)?|ordering (?:provider|physician|doctor)|referring (?:provider|physician|doctor)|requesting (?:provider|physician)|req(?:uesting)? phys|primary care (?:provider|physician)|physician|provider|doctor|pathologist|radiologist|interpreted by|reading physician|dictated by|author|electronically signed by|signed by|performed by|consultant/;

/** A plausible organisation name: short, has letters, not a sentence or a list of values. */
function plausibleOrganisation(value: string): boolean {
  return (
    value.length >= 3 &&
    value.length <= 80 &&
    /[A-Za-z]{3}/.test(value) &&
    value.split(' ').length <= 10 &&
    !/[|]/.test(value)
  );
}

/**
 * The hospital, clinic or laboratory a document comes from: a labelled field first, else an
 * organisation-like line among the first lines (letterheads). Null when none is stated.
 */
export function extractFacility(text: string): string | null {
  for (const raw of labelledValues(text, FACILITY_LABEL)) {
    const value = tidy(raw.split(/,\s*\d/)[0] ?? '');
    if (plausibleOrganisation(value) && !/^(?:unknown|none|n\/a|other)$/i.test(value)) return value;
  }
  const head = text.split('\n').slice(0, 12);
  for (const line of head) {
    const value = tidy(line.split(/\s{3,}|\t|\s\|\s/)[0] ?? '');
    if (!value.includes(':') && FACILITY_WORDS.test(value) && plausibleOrganisation(value)) return value;
  }
  return null;
}

/**
 * The clinician responsible for a document (surgeon, pathologist, radiologist, attending, ordering or
 * signing provider), as "Name, MD" when credentials are given. Null when none is named.
 */
export function extractClinician(text: string): string | null {
  const candidates = labelledValues(text, CLINICIAN_LABEL);
  // Signature blocks: "/es/ JANE DOE, MD" (VA) and "Jane Doe, M.D." on its own line.
  for (const m of text.matchAll(/\/es\/\s*([^\n]+)/gi)) candidates.push(m[1] as string);
  for (const m of text.matchAll(
    /^\s*((?:Dr\.?\s+)?[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]*){1,3},?\s+(?:M\.?D\.?|D\.?O\.?))\s*$/gm,
  )) {
    candidates.push(m[1] as string);
  }
  for (const raw of candidates) {
    const cut = (raw.split(/\s{2,}|\t|\s\|\s|\s+(?:on|at)\s+\d/)[0] ?? '').replace(/\bDr\.?\s+/i, '');
    const person = readPersonName(tidy(cut));
    if (!person || !person.name.includes(' ')) continue;
    const credentials = person.credentials.map((c) => c.replace(/\./g, '').toUpperCase());
    return credentials.length ? `${person.name}, ${credentials.join(', ')}` : person.name;
  }
  return null;
}
