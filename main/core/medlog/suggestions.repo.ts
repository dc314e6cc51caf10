import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';

/** A medication CareBinder found in a document, waiting for a person to accept, edit or dismiss it. */
export interface SuggestionRow {
  id: string;
  personId: string;
  documentId: string | null;
  page: number | null;
  line: number | null;
  evidence: string;
  name: string;
  normalized: string | null;
  strength: string | null;
  dose: string | null;
  route: string | null;
  frequency: string | null;
  perDay: number | null;
  start: string | null;
  stop: string | null;
  status: 'pending' | 'accepted' | 'dismissed';
  medicationId: string | null;
  recordKey: string;
}

const COLUMNS = `id, person_id AS personId, document_id AS documentId, page, line, evidence, name, normalized, strength,
  dose, route, frequency, per_day AS perDay, start, stop, status, medication_id AS medicationId, record_key AS recordKey`;

/** Adds a suggestion unless the same one (same record key) was already suggested; true when new. */
export function insertSuggestion(db: Db, s: Omit<SuggestionRow, 'id' | 'status' | 'medicationId'>): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO medication_suggestions (id, person_id, document_id, page, line, evidence, name, normalized,
           strength, dose, route, frequency, per_day, start, stop, status, record_key, created_at)
         VALUES (@id, @personId, @documentId, @page, @line, @evidence, @name, @normalized, @strength, @dose, @route,
           @frequency, @perDay, @start, @stop, 'pending', @recordKey, @now)`,
      )
      .run({ ...s, id: crypto.randomUUID(), now: new Date().toISOString() }).changes === 1
  );
}

export function listSuggestions(
  db: Db,
  personId: string,
  status: SuggestionRow['status'] = 'pending',
): SuggestionRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM medication_suggestions WHERE person_id = ? AND status = ? ORDER BY created_at, page, line`,
    )
    .all(personId, status) as SuggestionRow[];
}

export function getSuggestion(db: Db, id: string): SuggestionRow | null {
  return (
    (db.prepare(`SELECT ${COLUMNS} FROM medication_suggestions WHERE id = ?`).get(id) as
      SuggestionRow | undefined) ?? null
  );
}

export function resolveSuggestion(
  db: Db,
  id: string,
  status: 'accepted' | 'dismissed',
  medicationId: string | null,
): void {
  db.prepare('UPDATE medication_suggestions SET status = ?, medication_id = ? WHERE id = ?').run(
    status,
    medicationId,
    id,
  );
}
