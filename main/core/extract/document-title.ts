import type { CategoryId } from '../../../shared/categories.ts';
import { labelledValues, tidy } from './labelled-fields.ts';

/** Inputs of makeDocumentTitle. */
export interface TitleInput {
  category: CategoryId;
  text: string;
  /** The document date (YYYY-MM-DD) or null. */
  date: string | null;
}

/** How each category is worded in a title, with more specific wordings when the document names its kind. */
const WORDING: Record<CategoryId, { default: string; specific?: [RegExp, string][] }> = {
  pathology: {
    default: 'Pathology report',
    specific: [
      [/surgical\s*pathology/i, 'Surgical pathology'],
      [/autopsy/i, 'Autopsy report'],
      [/cytology|cytopathology/i, 'Cytology report'],
      [/bone marrow/i, 'Bone marrow report'],
    ],
  },
  operative: { default: 'Operative report', specific: [[/procedure note/i, 'Procedure note']] },
  discharge: { default: 'Discharge summary', specific: [[/transfer summary/i, 'Transfer summary']] },
  treatment_plan: {
    default: 'Treatment plan',
    specific: [
      [/treatment summary/i, 'Treatment summary'],
      [/tumou?r board/i, 'Tumor board notes'],
      [/care plan|plan of care/i, 'Care plan'],
    ],
  },
  medications: { default: 'Medication list', specific: [[/^\s*(?:rx|prescription)\b/im, 'Prescription']] },
  labs: { default: 'Lab results' },
  imaging: { default: 'Imaging report' },
  genomics: { default: 'Genetic test report' },
  visit_notes: {
    default: 'Visit note',
    specific: [
      [/history and physical/i, 'History and physical'],
      [/consult(?:ation)? note|reason for consult/i, 'Consultation note'],
      [/progress note/i, 'Progress note'],
      [/emergency (?:department|room)/i, 'Emergency visit note'],
      [/^\s*dear dr/im, 'Letter from doctor'],
    ],
  },
  insurance: {
    default: 'Insurance document',
    specific: [
      [/explanation of benefits/i, 'Explanation of benefits'],
      [/prior authori[sz]ation|preauthori[sz]ation/i, 'Prior authorization'],
      [/member id|group (?:number|no)/i, 'Insurance card'],
    ],
  },
  other: {
    default: 'Document',
    specific: [[/advance directive|living will|power of attorney/i, 'Advance directive']],
  },
};

/** Fields that state what a document is about, per category, most specific first. */
const SUBJECT_LABELS: Partial<Record<CategoryId, RegExp>> = {
  pathology: /specimens? submitted|specimens?(?:\(s\))?|source of specimen|site|procedure/,
  operative:
    /name of (?:procedure|operation)|procedures? performed|operations? performed|title of operation|procedures?|operations?/,
  imaging: /exam(?:ination)?|study|procedure|type of exam/,
  labs: /lab test|test name|test|panel|report/,
  genomics: /test name|test|order|panel/,
  discharge: /principal diagnosis|discharge diagnos[ie]s|final diagnosis|diagnosis/,
  treatment_plan: /regimen|plan|diagnosis|addresses/,
  visit_notes: /reason for (?:visit|consult(?:ation)?|referral)|chief complaint/,
  insurance: /health plan|plan name|payer|insurer/,
};

const MAX_SUBJECT = 60;

/** Short acronyms (CT, MRI, CBC) keep their capitals; other words are lower-cased. */
function subjectCase(value: string): string {
  return value
    .split(' ')
    .map((w) => (/^[A-Z0-9/-]{2,5}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

function cleanSubject(raw: string, category: CategoryId): string | null {
  let value = tidy(
    raw
      .replace(/^\s*(?:\(?[A-Za-z0-9]{1,2}[.)]|[-*•])\s+/, '')
      .replace(/\s*\((?:[^)]*\d[^)]*)\)/g, '')
      .replace(/\s*[|].*$/, ''),
  );
  if (!/[A-Za-z]{3}/.test(value) || value.split(' ').length > 12) return null;
  if (/^(?:none|n\/a|unknown|not applicable|see below|as above)$/i.test(value)) return null;
  if (value.length > MAX_SUBJECT) {
    const cut = value.slice(0, MAX_SUBJECT);
    value = cut.slice(0, Math.max(cut.lastIndexOf(';'), cut.lastIndexOf(' '))).replace(/[\s,;:-]+$/, '');
  }
  value = value.replace(/,\s*/g, ' ');
  // Names of organisations keep their own capitals; clinical subjects read better in lower case.
  return category === 'insurance' ? value : subjectCase(value);
}

/**
 * A readable title: the category's wording, a short subject when the document clearly states one, and the
 * date — e.g. "Surgical pathology — left breast core biopsy, 2026-02-03".
 */
export function makeDocumentTitle({ category, text, date }: TitleInput): string {
  const wording = WORDING[category];
  const head = text.slice(0, 4000);
  const kind = wording.specific?.find(([re]) => re.test(head))?.[1] ?? wording.default;
  const label = SUBJECT_LABELS[category];
  let subject: string | null = null;
  if (label) {
    for (const raw of labelledValues(head, label, { nextLine: true })) {
      subject = cleanSubject(raw, category);
      if (subject) break;
    }
  }
  const base = subject ? `${kind} — ${subject}` : kind;
  return date ? `${base}, ${date}` : base;
}
