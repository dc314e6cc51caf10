import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Person, PersonInput } from '../../../shared/schemas/people.schema.ts';

interface PersonRow {
  id: string;
  name: string;
  birth_date: string | null;
  relationship: string | null;
  notes: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    birthDate: row.birth_date,
    relationship: row.relationship,
    notes: row.notes,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
  };
}

/** People are listed alphabetically; archived ones only when asked for. */
export function listPeople(db: Db, includeArchived: boolean): Person[] {
  const rows = db
    .prepare(
      `SELECT * FROM people ${includeArchived ? '' : 'WHERE archived_at IS NULL'} ORDER BY name COLLATE NOCASE, created_at`,
    )
    .all() as PersonRow[];
  return rows.map(toPerson);
}

export function getPerson(db: Db, id: string): Person | null {
  const row = db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  return row ? toPerson(row) : null;
}

export function insertPerson(db: Db, input: PersonInput, now: string): Person {
  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO people (id, name, birth_date, relationship, notes, archived_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(id, input.name, input.birthDate ?? null, input.relationship ?? null, input.notes ?? null, now, now);
  return getPerson(db, id)!;
}

export function updatePerson(db: Db, id: string, input: PersonInput, now: string): boolean {
  const result = db
    .prepare(
      'UPDATE people SET name = ?, birth_date = ?, relationship = ?, notes = ?, updated_at = ? WHERE id = ?',
    )
    .run(input.name, input.birthDate ?? null, input.relationship ?? null, input.notes ?? null, now, id);
  return result.changes === 1;
}

export function setArchived(db: Db, id: string, archived: boolean, now: string): boolean {
  const result = db
    .prepare('UPDATE people SET archived_at = ?, updated_at = ? WHERE id = ?')
    .run(archived ? now : null, now, id);
  return result.changes === 1;
}
