import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';

/** A lab result as stored (from a portal export, or later from a lab report). */
export interface LabResultInput {
  personId: string;
  documentId: string | null;
  name: string;
  loinc: string | null;
  value: string;
  unit: string | null;
  referenceRange: string | null;
  interpretation: string | null;
  date: string | null;
  recordKey: string;
}

/** Problems, allergies and procedures share one table, told apart by `kind`. */
export interface ClinicalItemInput {
  personId: string;
  documentId: string | null;
  kind: 'problem' | 'allergy' | 'procedure';
  name: string;
  code: string | null;
  date: string | null;
  status: string | null;
  detail: string | null;
  recordKey: string;
}

function numeric(value: string): number | null {
  const match = /^[<>≤≥]?\s*(-?\d+(?:\.\d+)?)$/.exec(value.trim());
  return match ? Number(match[1]) : null;
}

/** Inserts a result unless the same one (same record key) is already there; true when it was new. */
export function insertLabResult(db: Db, r: LabResultInput): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO lab_results (id, person_id, document_id, name, loinc, value, numeric_value, unit,
           reference_range, interpretation, date, record_key)
         VALUES (@id, @personId, @documentId, @name, @loinc, @value, @numericValue, @unit, @referenceRange,
           @interpretation, @date, @recordKey)`,
      )
      .run({ ...r, id: crypto.randomUUID(), numericValue: numeric(r.value) }).changes === 1
  );
}

export function insertClinicalItem(db: Db, item: ClinicalItemInput): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO clinical_items (id, person_id, document_id, kind, name, code, date, status, detail, record_key)
         VALUES (@id, @personId, @documentId, @kind, @name, @code, @date, @status, @detail, @recordKey)`,
      )
      .run({ ...item, id: crypto.randomUUID() }).changes === 1
  );
}

/** A stored lab result. */
export interface LabResultRow {
  id: string;
  name: string;
  loinc: string | null;
  value: string;
  numericValue: number | null;
  unit: string | null;
  referenceRange: string | null;
  interpretation: string | null;
  date: string | null;
  documentId: string | null;
}

export function listLabResults(db: Db, personId: string): LabResultRow[] {
  return db
    .prepare(
      `SELECT id, name, loinc, value, numeric_value AS numericValue, unit, reference_range AS referenceRange,
              interpretation, date, document_id AS documentId
       FROM lab_results WHERE person_id = ? ORDER BY name COLLATE NOCASE, date`,
    )
    .all(personId) as LabResultRow[];
}

export interface ClinicalItemRow {
  id: string;
  kind: 'problem' | 'allergy' | 'procedure';
  name: string;
  code: string | null;
  date: string | null;
  status: string | null;
  detail: string | null;
  documentId: string | null;
}

export function listClinicalItems(db: Db, personId: string): ClinicalItemRow[] {
  return db
    .prepare(
      `SELECT id, kind, name, code, date, status, detail, document_id AS documentId
       FROM clinical_items WHERE person_id = ? ORDER BY kind, date, name`,
    )
    .all(personId) as ClinicalItemRow[];
}
