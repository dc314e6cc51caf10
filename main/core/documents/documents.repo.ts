import type { Db } from '../db/database.ts';

/** A stored document's metadata row (the bytes are in the encrypted file store under `fileId`). */
export interface DocumentRow {
  id: string;
  personId: string;
  fileId: string;
  originalName: string;
  mime: string;
  byteSize: number;
  sha256: string;
  title: string;
  category: string | null;
  status: string;
  createdAt: string;
}

const COLUMNS = `id, person_id AS personId, file_id AS fileId, original_name AS originalName, mime,
  byte_size AS byteSize, sha256, title, category, status, created_at AS createdAt`;

export function insertDocument(db: Db, row: DocumentRow): void {
  db.prepare(
    `INSERT INTO documents (id, person_id, file_id, original_name, mime, byte_size, sha256, title, category, status, created_at, updated_at)
     VALUES (@id, @personId, @fileId, @originalName, @mime, @byteSize, @sha256, @title, @category, @status, @createdAt, @createdAt)`,
  ).run(row);
}

export function getDocument(db: Db, id: string): DocumentRow | null {
  return (
    (db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined) ?? null
  );
}

export function listDocumentsOf(db: Db, personId: string): DocumentRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM documents WHERE person_id = ? ORDER BY created_at, id`)
    .all(personId) as DocumentRow[];
}

export function listAllDocuments(db: Db): DocumentRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM documents ORDER BY created_at, id`).all() as DocumentRow[];
}
