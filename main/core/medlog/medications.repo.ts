import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';

/** A medication row (its history is in medication_events). */
export interface MedicationRow {
  id: string;
  personId: string;
  name: string;
  generic: string | null;
  brand: string | null;
  known: number;
  strength: string | null;
  form: string | null;
  route: string | null;
  reason: string | null;
  prescriber: string | null;
  pharmacy: string | null;
  notes: string | null;
  sideEffects: string | null;
  regimenId: string | null;
  sourceKind: 'manual' | 'document' | 'portal';
  sourceDocumentId: string | null;
  sourcePage: number | null;
  sourceText: string | null;
}

export interface EventRow {
  id: string;
  medicationId: string;
  date: string | null;
  kind: 'start' | 'change' | 'pause' | 'restart' | 'stop';
  dose: string | null;
  frequency: string | null;
  perDay: number | null;
  reason: string | null;
}

const MED_COLUMNS = `id, person_id AS personId, name, generic, brand, known, strength, form, route, reason, prescriber,
  pharmacy, notes, side_effects AS sideEffects, regimen_id AS regimenId, source_kind AS sourceKind,
  source_document_id AS sourceDocumentId, source_page AS sourcePage, source_text AS sourceText`;

export function insertMedication(db: Db, row: Omit<MedicationRow, 'id'>): string {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO medications (id, person_id, name, generic, brand, known, strength, form, route, reason, prescriber, pharmacy,
       notes, side_effects, regimen_id, source_kind, source_document_id, source_page, source_text, created_at, updated_at)
     VALUES (@id, @personId, @name, @generic, @brand, @known, @strength, @form, @route, @reason, @prescriber, @pharmacy,
       @notes, @sideEffects, @regimenId, @sourceKind, @sourceDocumentId, @sourcePage, @sourceText, @now, @now)`,
  ).run({ ...row, id, now });
  return id;
}

export function updateMedication(
  db: Db,
  id: string,
  row: Omit<
    MedicationRow,
    'id' | 'personId' | 'sourceKind' | 'sourceDocumentId' | 'sourcePage' | 'sourceText'
  >,
): boolean {
  return (
    db
      .prepare(
        `UPDATE medications SET name = @name, generic = @generic, brand = @brand, known = @known, strength = @strength,
           form = @form, route = @route, reason = @reason, prescriber = @prescriber, pharmacy = @pharmacy, notes = @notes,
           side_effects = @sideEffects, regimen_id = @regimenId, updated_at = @now WHERE id = @id`,
      )
      .run({ ...row, id, now: new Date().toISOString() }).changes === 1
  );
}

export function getMedication(db: Db, id: string): MedicationRow | null {
  return (
    (db.prepare(`SELECT ${MED_COLUMNS} FROM medications WHERE id = ?`).get(id) as
      MedicationRow | undefined) ?? null
  );
}

export function listMedications(db: Db, personId: string): MedicationRow[] {
  return db
    .prepare(`SELECT ${MED_COLUMNS} FROM medications WHERE person_id = ? ORDER BY name COLLATE NOCASE`)
    .all(personId) as MedicationRow[];
}

export function deleteMedication(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM medications WHERE id = ?').run(id).changes === 1;
}

export function insertEvent(db: Db, event: Omit<EventRow, 'id'>): string {
  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO medication_events (id, medication_id, date, kind, dose, frequency, per_day, reason, created_at)
     VALUES (@id, @medicationId, @date, @kind, @dose, @frequency, @perDay, @reason, @now)`,
  ).run({ ...event, id, now: new Date().toISOString() });
  return id;
}

/** Events in time order; undated ones (a start "some time ago") first. */
export function listEvents(db: Db, medicationId: string): EventRow[] {
  return db
    .prepare(
      `SELECT id, medication_id AS medicationId, date, kind, dose, frequency, per_day AS perDay, reason
       FROM medication_events WHERE medication_id = ? ORDER BY date IS NOT NULL, date, created_at`,
    )
    .all(medicationId) as EventRow[];
}

export function deleteEvent(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM medication_events WHERE id = ?').run(id).changes === 1;
}
