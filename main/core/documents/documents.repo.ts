import type { Db } from '../db/database.ts';

/** Where a document is in its life: stored and waiting, being read, finished, or stopped by an error. */
export type DocumentStatus = 'queued' | 'reading' | 'done' | 'needs_review' | 'failed';

/** A stored document's metadata row (the bytes are in the encrypted file store under `fileId`). */
export interface DocumentRow {
  id: string;
  personId: string;
  fileId: string;
  originalName: string;
  mime: string;
  kind: string;
  byteSize: number;
  sha256: string;
  title: string;
  category: string | null;
  status: DocumentStatus;
  pageCount: number;
  errorCode: string | null;
  errorMessage: string | null;
  textFingerprint: string | null;
  docDate: string | null;
  createdAt: string;
  categoryConfidence: number | null;
  /** 'auto' (the classifier's) or 'user' (a person chose or confirmed it). */
  categorySource: 'auto' | 'user';
  /** JSON: every category's probability. */
  categoryScores: string | null;
  /** JSON: the phrases that decided it. */
  categoryEvidence: string | null;
  titleSource: 'auto' | 'user';
  facility: string | null;
  clinician: string | null;
  printedName: string | null;
  printedBirthDate: string | null;
  printedRecordNumber: string | null;
}

const COLUMNS = `id, person_id AS personId, file_id AS fileId, original_name AS originalName, mime, kind,
  byte_size AS byteSize, sha256, title, category, status, page_count AS pageCount, error_code AS errorCode,
  error_message AS errorMessage, text_fingerprint AS textFingerprint, doc_date AS docDate, created_at AS createdAt,
  category_confidence AS categoryConfidence, category_source AS categorySource, category_scores AS categoryScores,
  category_evidence AS categoryEvidence, title_source AS titleSource, facility, clinician, printed_name AS printedName,
  printed_birth_date AS printedBirthDate, printed_record_number AS printedRecordNumber`;

/** The columns a new row starts with before anything is read from it. */
export const UNREAD_FACTS = {
  categoryConfidence: null,
  categorySource: 'auto',
  categoryScores: null,
  categoryEvidence: null,
  titleSource: 'auto',
  facility: null,
  clinician: null,
  printedName: null,
  printedBirthDate: null,
  printedRecordNumber: null,
} as const satisfies Partial<DocumentRow>;

export function insertDocument(db: Db, row: DocumentRow): void {
  db.prepare(
    `INSERT INTO documents (id, person_id, file_id, original_name, mime, kind, byte_size, sha256, title, category,
       status, page_count, error_code, error_message, text_fingerprint, doc_date, created_at, updated_at,
       category_confidence, category_source, category_scores, category_evidence, title_source, facility, clinician,
       printed_name, printed_birth_date, printed_record_number)
     VALUES (@id, @personId, @fileId, @originalName, @mime, @kind, @byteSize, @sha256, @title, @category,
       @status, @pageCount, @errorCode, @errorMessage, @textFingerprint, @docDate, @createdAt, @createdAt,
       @categoryConfidence, @categorySource, @categoryScores, @categoryEvidence, @titleSource, @facility, @clinician,
       @printedName, @printedBirthDate, @printedRecordNumber)`,
  ).run(row);
}

export function getDocument(db: Db, id: string): DocumentRow | null {
  return (
    (db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ? AND deleted_at IS NULL`).get(id) as
      DocumentRow | undefined) ?? null
  );
}

export function listDocumentsOf(db: Db, personId: string): DocumentRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM documents WHERE person_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
    )
    .all(personId) as DocumentRow[];
}

export function listAllDocuments(db: Db): DocumentRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM documents WHERE deleted_at IS NULL ORDER BY created_at, id`)
    .all() as DocumentRow[];
}

/** Documents an interrupted import left unfinished, oldest first. */
export function listUnfinished(db: Db): DocumentRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM documents WHERE status IN ('queued', 'reading') AND deleted_at IS NULL ORDER BY created_at, id`,
    )
    .all() as DocumentRow[];
}

export function findBySha256(db: Db, personId: string, sha256: string): DocumentRow | null {
  return (
    (db
      .prepare(
        `SELECT ${COLUMNS} FROM documents WHERE person_id = ? AND sha256 = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1`,
      )
      .get(personId, sha256) as DocumentRow | undefined) ?? null
  );
}

export function fingerprintsOf(
  db: Db,
  personId: string,
  exceptId: string,
): { id: string; fingerprint: string }[] {
  return db
    .prepare(
      `SELECT id, text_fingerprint AS fingerprint FROM documents
       WHERE person_id = ? AND id <> ? AND text_fingerprint IS NOT NULL AND deleted_at IS NULL`,
    )
    .all(personId, exceptId) as { id: string; fingerprint: string }[];
}

export function setStatus(
  db: Db,
  id: string,
  status: DocumentStatus,
  error: { code: string; message: string } | null = null,
): void {
  db.prepare(
    'UPDATE documents SET status = ?, error_code = ?, error_message = ?, updated_at = ? WHERE id = ?',
  ).run(status, error?.code ?? null, error?.message ?? null, new Date().toISOString(), id);
}

/** Records what reading found (inside the same transaction that stores the pages). */
export function finishReading(
  db: Db,
  id: string,
  result: { status: DocumentStatus; pageCount: number; textFingerprint: string | null },
): void {
  db.prepare(
    `UPDATE documents SET status = ?, page_count = ?, text_fingerprint = ?, error_code = NULL, error_message = NULL,
       updated_at = ? WHERE id = ?`,
  ).run(result.status, result.pageCount, result.textFingerprint, new Date().toISOString(), id);
}

/** Stores what was read about a document; a category or title a person chose is never overwritten. */
export function saveFacts(
  db: Db,
  id: string,
  facts: {
    category: string;
    confidence: number;
    scores: Record<string, number>;
    evidence: string[];
    title: string;
    docDate: string | null;
    facility: string | null;
    clinician: string | null;
    printedName: string | null;
    printedBirthDate: string | null;
    printedRecordNumber: string | null;
  },
): void {
  db.prepare(
    `UPDATE documents SET
       category = CASE WHEN category_source = 'user' THEN category ELSE @category END,
       category_confidence = CASE WHEN category_source = 'user' THEN category_confidence ELSE @confidence END,
       category_scores = @scores, category_evidence = @evidence,
       title = CASE WHEN title_source = 'user' THEN title ELSE @title END,
       doc_date = @docDate, facility = @facility, clinician = @clinician, printed_name = @printedName,
       printed_birth_date = @printedBirthDate, printed_record_number = @printedRecordNumber, updated_at = @now
     WHERE id = @id`,
  ).run({
    ...facts,
    scores: JSON.stringify(facts.scores),
    evidence: JSON.stringify(facts.evidence),
    id,
    now: new Date().toISOString(),
  });
}

/** Points a document at its new HTML rendering; returns the file id of the one it replaces, if any. */
export function setRendering(db: Db, id: string, fileId: string): string[] {
  const old = db.prepare('SELECT rendering_file_id AS f FROM documents WHERE id = ?').get(id) as
    { f: string | null } | undefined;
  db.prepare('UPDATE documents SET rendering_file_id = ? WHERE id = ?').run(fileId, id);
  return old?.f ? [old.f] : [];
}

export function getRenderingFileId(db: Db, id: string): string | null {
  return (
    (
      db.prepare('SELECT rendering_file_id AS f FROM documents WHERE id = ?').get(id) as
        { f: string | null } | undefined
    )?.f ?? null
  );
}

/** A person chose or confirmed the category: it is theirs from now on. */
export function setUserCategory(db: Db, id: string, category: string): void {
  db.prepare(
    `UPDATE documents SET category = ?, category_source = 'user', category_confidence = 1,
       status = CASE WHEN status = 'needs_review' THEN 'done' ELSE status END, updated_at = ? WHERE id = ?`,
  ).run(category, new Date().toISOString(), id);
}

export function setPerson(db: Db, id: string, personId: string): void {
  db.prepare('UPDATE documents SET person_id = ?, updated_at = ? WHERE id = ?').run(
    personId,
    new Date().toISOString(),
    id,
  );
}

export function deleteDocumentRow(db: Db, id: string): void {
  db.prepare('DELETE FROM documents WHERE id = ?').run(id);
}

/** Moves a document to the trash (or back): it disappears from every list and search, nothing is erased. */
export function setTrashed(db: Db, id: string, trashed: boolean): boolean {
  const now = new Date().toISOString();
  return (
    db
      .prepare('UPDATE documents SET deleted_at = ?, updated_at = ? WHERE id = ?')
      .run(trashed ? now : null, now, id).changes === 1
  );
}

export function listTrashedOf(db: Db, personId: string): DocumentRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM documents WHERE person_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
    )
    .all(personId) as DocumentRow[];
}

/** Replaces a title CareBinder made (never one a person typed). */
export function setAutoTitle(db: Db, id: string, title: string): void {
  db.prepare("UPDATE documents SET title = ?, updated_at = ? WHERE id = ? AND title_source = 'auto'").run(
    title,
    new Date().toISOString(),
    id,
  );
}

export function setTitle(db: Db, id: string, title: string): void {
  db.prepare("UPDATE documents SET title = ?, title_source = 'user', updated_at = ? WHERE id = ?").run(
    title,
    new Date().toISOString(),
    id,
  );
}

/** How many live documents a person has per category, and how many wait for review. */
export function countDocuments(
  db: Db,
  personId: string,
): { category: string | null; status: string; n: number }[] {
  return db
    .prepare(
      `SELECT category, status, count(*) AS n FROM documents
       WHERE person_id = ? AND deleted_at IS NULL GROUP BY category, status`,
    )
    .all(personId) as { category: string | null; status: string; n: number }[];
}
