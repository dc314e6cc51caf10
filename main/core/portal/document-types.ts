import type { CategoryId } from '../../../shared/categories.ts';

interface DocumentKind {
  name: string;
  category: CategoryId;
}

/**
 * LOINC document (and report) type codes we know, with the checklist category each belongs to. The
 * whole-record summaries (CCD, patient summary) go to visit_notes: they are what a visit or transition of
 * care produces, and their medications and results are imported as records of their own.
 */
const LOINC_KINDS: Record<string, DocumentKind> = {
  '34133-9': { name: 'Continuity of Care Document', category: 'visit_notes' },
  '60591-5': { name: 'Patient Summary', category: 'visit_notes' },
  '18842-5': { name: 'Discharge Summary', category: 'discharge' },
  '11490-0': { name: 'Discharge Summary', category: 'discharge' },
  '28655-9': { name: 'Discharge Summary', category: 'discharge' },
  '18761-7': { name: 'Transfer Summary', category: 'discharge' },
  '11504-8': { name: 'Operative Note', category: 'operative' },
  '34874-8': { name: 'Operative Note', category: 'operative' },
  '28570-0': { name: 'Procedure Note', category: 'operative' },
  '52521-2': { name: 'Care Plan', category: 'treatment_plan' },
  '18776-5': { name: 'Plan of Care', category: 'treatment_plan' },
  '18748-4': { name: 'Diagnostic Imaging Report', category: 'imaging' },
  '18782-3': { name: 'Radiology Study Observation', category: 'imaging' },
  '11488-4': { name: 'Consultation Note', category: 'visit_notes' },
  '34117-2': { name: 'History and Physical', category: 'visit_notes' },
  '11506-3': { name: 'Progress Note', category: 'visit_notes' },
  '57133-1': { name: 'Referral Note', category: 'visit_notes' },
  '34111-5': { name: 'Emergency Department Note', category: 'visit_notes' },
  '34109-9': { name: 'Note', category: 'visit_notes' },
  '11526-1': { name: 'Pathology Study', category: 'pathology' },
  '60568-3': { name: 'Pathology Synoptic Report', category: 'pathology' },
  '11529-5': { name: 'Surgical Pathology Report', category: 'pathology' },
  '11502-2': { name: 'Laboratory Report', category: 'labs' },
  '51969-4': { name: 'Genetic Analysis Report', category: 'genomics' },
  '10160-0': { name: 'Medication List', category: 'medications' },
  '42348-3': { name: 'Advance Directives', category: 'other' },
};

/** C-CDA document template ids (R1.1 and R2.1 share the root) to the document kind they declare. */
const TEMPLATE_KINDS: Record<string, DocumentKind> = {
  '2.16.840.1.113883.10.20.22.1.2': { name: 'Continuity of Care Document', category: 'visit_notes' },
  '2.16.840.1.113883.10.20.22.1.3': { name: 'History and Physical', category: 'visit_notes' },
  '2.16.840.1.113883.10.20.22.1.4': { name: 'Consultation Note', category: 'visit_notes' },
  '2.16.840.1.113883.10.20.22.1.5': { name: 'Diagnostic Imaging Report', category: 'imaging' },
  '2.16.840.1.113883.10.20.22.1.6': { name: 'Procedure Note', category: 'operative' },
  '2.16.840.1.113883.10.20.22.1.7': { name: 'Operative Note', category: 'operative' },
  '2.16.840.1.113883.10.20.22.1.8': { name: 'Discharge Summary', category: 'discharge' },
  '2.16.840.1.113883.10.20.22.1.9': { name: 'Progress Note', category: 'visit_notes' },
  '2.16.840.1.113883.10.20.22.1.13': { name: 'Transfer Summary', category: 'discharge' },
  '2.16.840.1.113883.10.20.22.1.14': { name: 'Referral Note', category: 'visit_notes' },
  '2.16.840.1.113883.10.20.22.1.15': { name: 'Care Plan', category: 'treatment_plan' },
};

/** Words in a type's display text that decide a category when the code is not one we know (first match wins). */
const KEYWORD_CATEGORIES: [RegExp, CategoryId][] = [
  [/patholog|cytolog|biopsy report|histolog/i, 'pathology'],
  [/genetic|genomic|molecular|germline|sequencing/i, 'genomics'],
  [/discharge|transfer summary/i, 'discharge'],
  [/operative|procedure|surgical|endoscopy/i, 'operative'],
  [/radiolog|imaging|\bct\b|\bmri\b|x-ray|ultrasound|mammogra|\bpet\b|nuclear/i, 'imaging'],
  [/plan of care|care plan|treatment plan|treatment summary|tumor board/i, 'treatment_plan'],
  [/laborator|\blab\b|chemistry|hematology|microbiolog|urinalysis/i, 'labs'],
  [/medication|prescription|pharmacy/i, 'medications'],
  [
    /consult|progress|history and physical|h&p|visit|office|emergency|referral|clinical note|summary/i,
    'visit_notes',
  ],
  [/insurance|claim|coverage|billing|explanation of benefit/i, 'insurance'],
];

/** HL7 v2-0074 diagnostic service sections used as DiagnosticReport.category codes. */
const SERVICE_SECTIONS: Record<string, CategoryId> = {
  LAB: 'labs',
  HM: 'labs',
  CH: 'labs',
  MB: 'labs',
  SR: 'labs',
  BLB: 'labs',
  RAD: 'imaging',
  CT: 'imaging',
  MR: 'imaging',
  US: 'imaging',
  NMR: 'imaging',
  NMS: 'imaging',
  RUS: 'imaging',
  RX: 'imaging',
  XRC: 'imaging',
  VUS: 'imaging',
  CUS: 'imaging',
  PAT: 'pathology',
  SP: 'pathology',
  CP: 'pathology',
  CG: 'genomics',
  GE: 'genomics',
  OSL: 'operative',
};

/** LOINC part codes used as DocumentReference/DiagnosticReport categories (US Core). */
const LOINC_PART_CATEGORIES: Record<string, CategoryId> = {
  'LP29684-5': 'imaging',
  'LP7839-6': 'pathology',
  'LP29708-2': 'visit_notes',
};

/** The generic "summarization of episode" code that many specific C-CDA document templates also carry. */
const GENERIC_SUMMARY_LOINC = '34133-9';

/** The kind of a document from its LOINC type code, or its C-CDA template id when the code is generic or unknown. */
export function documentKind(loinc: string | null, templateIds: string[] = []): DocumentKind | undefined {
  const byCode = loinc ? LOINC_KINDS[loinc] : undefined;
  if (byCode && loinc !== GENERIC_SUMMARY_LOINC) return byCode;
  const byTemplate = templateIds.map((id) => TEMPLATE_KINDS[id]).find((kind) => kind !== undefined);
  return byTemplate ?? byCode;
}

/** A coding as found in C-CDA (`code`/`displayName`) or FHIR (`code`/`display`/`system`). */
export interface TypeCoding {
  code?: string;
  system?: string;
  display?: string;
}

/**
 * Guesses the checklist category of a document or report from its type and category codings and any
 * display text, falling back to `fallback`.
 */
export function categoryFromCodings(
  codings: TypeCoding[],
  texts: string[],
  fallback: CategoryId,
): CategoryId {
  for (const c of codings) {
    if (!c.code) continue;
    const byLoinc = LOINC_KINDS[c.code]?.category ?? LOINC_PART_CATEGORIES[c.code];
    if (byLoinc) return byLoinc;
    const bySection = SERVICE_SECTIONS[c.code.toUpperCase()];
    if (bySection && (!c.system || /0074/.test(c.system))) return bySection;
  }
  const words = [...codings.map((c) => c.display ?? ''), ...texts].join(' ');
  for (const [pattern, category] of KEYWORD_CATEGORIES) if (pattern.test(words)) return category;
  return fallback;
}
