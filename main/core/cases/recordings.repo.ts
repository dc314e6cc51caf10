import type { Db } from '../db/database.ts';

/** A recording linked to a case: the document and the day it was added to the visit notes. */
export interface RecordingLink {
  documentId: string;
  addedOn: string;
}

/** A case's recordings, in the order they were added. */
export function listRecordings(db: Db, caseId: string): RecordingLink[] {
  return db
    .prepare(
      `SELECT document_id AS documentId, added_on AS addedOn FROM case_recordings WHERE case_id = ?
       ORDER BY added_on, rowid`,
    )
    .all(caseId) as RecordingLink[];
}

/** Links a recording (linking it again changes nothing). */
export function insertRecording(db: Db, caseId: string, documentId: string, addedOn: string): void {
  db.prepare(
    `INSERT INTO case_recordings (case_id, document_id, added_on) VALUES (?, ?, ?)
     ON CONFLICT (case_id, document_id) DO NOTHING`,
  ).run(caseId, documentId, addedOn);
}

/** Unlinks a recording; false when it was not linked. */
export function deleteRecording(db: Db, caseId: string, documentId: string): boolean {
  return (
    db.prepare('DELETE FROM case_recordings WHERE case_id = ? AND document_id = ?').run(caseId, documentId)
      .changes === 1
  );
}
