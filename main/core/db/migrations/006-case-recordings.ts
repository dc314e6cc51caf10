import type { Migration } from '../migrate.ts';

/**
 * Audio recordings attached to a case's visit notes. The recording itself is an ordinary document (kept
 * encrypted as the original, filed under visit notes); this only says which case it belongs to, so an
 * earlier case keeps its own recordings. Deleting either side removes the link, never the other.
 */
export const m006CaseRecordings: Migration = {
  version: 6,
  name: 'case-recordings',
  up(db) {
    db.exec(`
      CREATE TABLE case_recordings (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        added_on TEXT NOT NULL,
        PRIMARY KEY (case_id, document_id)
      ) STRICT;
      CREATE INDEX case_recordings_document ON case_recordings(document_id);
    `);
  },
};
