import type { CategoryId } from '../../../shared/categories.ts';

/**
 * Plain domain records read from a patient-portal export (C-CDA XML or FHIR R4 JSON). No vault types here:
 * the caller decides what to store. Dates are ISO 8601 prefixes as precise as the source says
 * ('YYYY', 'YYYY-MM', 'YYYY-MM-DD', or a full date-time when the source gives one).
 *
 * Every record carries `recordKey`: a stable hash of its normalised identifying fields (see record-key.ts),
 * so importing the same export twice (or an overlapping export) can skip records already stored.
 */
export type PortalFormat = 'ccda' | 'fhir';

/** Who the export is about, as the export says it. */
export interface PortalPatient {
  /** Given names then family name of the legal (or first) name; call-me and birth-name given names left out. */
  name: string | null;
  birthDate: string | null;
  gender?: 'female' | 'male' | 'other' | 'unknown';
  identifiers?: PortalIdentifier[];
}

export interface PortalIdentifier {
  /** OID (C-CDA `id/@root`) or URI (FHIR `identifier.system`); empty when the source gives none. */
  system: string;
  value: string;
}

export interface PortalMedication {
  recordKey: string;
  name: string;
  rxnorm?: string;
  dose?: string;
  doseUnit?: string;
  route?: string;
  frequency?: string;
  start?: string;
  stop?: string;
  status?: string;
  /** The free-text line or sig the source gives for this drug (narrative row, dosage text). */
  sourceText?: string;
}

export interface PortalProblem {
  recordKey: string;
  name: string;
  /** SNOMED CT / ICD code as given, prefixed with nothing. */
  code?: string;
  onset?: string;
  status?: string;
}

export interface PortalResult {
  recordKey: string;
  name: string;
  loinc?: string;
  /** The value as text ('13.2', 'Positive', '120/80'); empty when the source has no value. */
  value: string;
  unit?: string;
  referenceRange?: string;
  interpretation?: string;
  date?: string;
}

export interface PortalAllergy {
  recordKey: string;
  substance: string;
  reaction?: string;
  severity?: string;
}

export interface PortalProcedure {
  recordKey: string;
  name: string;
  code?: string;
  date?: string;
}

/** A file carried inside the export (FHIR attachment, DiagnosticReport form, C-CDA nonXMLBody). */
export interface PortalDocument {
  recordKey: string;
  title: string;
  category: CategoryId;
  date?: string;
  mime: string;
  /** Decoded text for text/* content; otherwise undefined and `bytes` holds the file. */
  text?: string;
  bytes?: Uint8Array;
}

/** A readable, self-contained rendering of the export: HTML (escaped, no scripts, no external references) and text. */
export interface PortalRendering {
  html: string;
  text: string;
}

export interface PortalCounts {
  medications: number;
  problems: number;
  results: number;
  allergies: number;
  documents: number;
}

/** Everything one portal export holds, as plain records. */
export interface PortalExport {
  format: PortalFormat;
  /** Human name of the document kind ('Continuity of Care Document', 'Discharge Summary', 'FHIR R4 collection bundle'). */
  documentType: string;
  /** Title the document gives itself, when it has one. */
  title: string | null;
  /** LOINC document type code, when the export has one. */
  loinc: string | null;
  category: CategoryId;
  patient: PortalPatient;
  medications: PortalMedication[];
  problems: PortalProblem[];
  results: PortalResult[];
  allergies: PortalAllergy[];
  procedures: PortalProcedure[];
  documents: PortalDocument[];
  rendering: PortalRendering;
  counts: PortalCounts;
}
