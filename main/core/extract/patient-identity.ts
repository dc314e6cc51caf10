import { documentIsDayFirst, findDateMentions, mentionToIso } from './date-mentions.ts';
import { labelledValues, tidy } from './labelled-fields.ts';
import { readPersonName } from './person-name.ts';

/** Who a document is about, as far as the document says. */
export interface PatientIdentity {
  name: string | null;
  /** YYYY-MM-DD. */
  birthDate: string | null;
  /** Medical record number or patient/member id. */
  recordNumber: string | null;
}

// A bare "Name:" only counts at the start of a line ("Plan Name:", "Drug name:" are not the patient).
const NAME_LABEL =
  /patient(?:'s)? name|name of patient|patient|pt\.? name|member name|member|(?<=^[ \t]*)name/;
const BIRTH_LABEL = /d\.?o\.?b\.?|date of birth|birth ?date|born|dob/;
const RECORD_LABEL =
  /mrn|medical record (?:number|no\.?|#)|med(?:ical)? rec(?:ord)?\.? ?(?:no\.?|#|number)?|record (?:number|no\.?|#)|patient id|member\/patient id|member id|pt\.? id|chart (?:number|no\.?|#)|account (?:number|no\.?|#)/;

function firstDate(value: string): string | null {
  const mentions = findDateMentions(value);
  const first = mentions[0];
  return first ? mentionToIso(first, documentIsDayFirst(mentions, false)) : null;
}

/**
 * The patient's name, birth date and record number from the labelled fields of a document, or null
 * when it names none of them.
 */
export function extractPatientIdentity(text: string): PatientIdentity | null {
  let name: string | null = null;
  for (const raw of labelledValues(text, NAME_LABEL)) {
    // "Patient: Jane Doe DOB 01/02/1960" without a wide gap: cut at the next label.
    const cut = raw.split(/\b(?:DOB|D\.O\.B|Date of Birth|Sex|Gender|Age|MRN|ID|Acct|Account)\b/i)[0] ?? '';
    const person = readPersonName(tidy(cut));
    if (person && person.name.includes(' ')) {
      name = person.name;
      break;
    }
  }
  let birthDate: string | null = null;
  for (const raw of labelledValues(text, BIRTH_LABEL)) {
    birthDate = firstDate(raw);
    if (birthDate) break;
  }
  let recordNumber: string | null = null;
  for (const raw of labelledValues(text, RECORD_LABEL)) {
    const id = /^[A-Za-z0-9][A-Za-z0-9-]{2,}/.exec(raw.trim());
    if (id && /\d/.test(id[0])) {
      recordNumber = id[0];
      break;
    }
  }
  return name || birthDate || recordNumber ? { name, birthDate, recordNumber } : null;
}
