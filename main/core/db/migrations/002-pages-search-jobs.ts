import type { Migration } from '../migrate.ts';

/**
 * Import: per-document reading status (so an interrupted import resumes), pages with their text and the
 * encrypted page image/thumbnail files, full-text search over page text (FTS5, inside the encrypted
 * database), and duplicate detection by content hash and text fingerprint.
 */
/** The scope tokens of a document row `d`: kept in SQL so the triggers and the search agree. */
const SCOPE = `CASE WHEN d.deleted_at IS NOT NULL THEN 'trashed'
  ELSE 'p' || replace(d.person_id, '-', '') || ' c' || coalesce(d.category, 'none') END`;

export const m002PagesSearchJobs: Migration = {
  version: 2,
  name: 'pages-search-jobs',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'unknown';
      ALTER TABLE documents ADD COLUMN page_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE documents ADD COLUMN error_code TEXT;
      ALTER TABLE documents ADD COLUMN error_message TEXT;
      ALTER TABLE documents ADD COLUMN text_fingerprint TEXT;
      ALTER TABLE documents ADD COLUMN doc_date TEXT;
      ALTER TABLE documents ADD COLUMN deleted_at TEXT;
      CREATE INDEX documents_status ON documents(status);
      CREATE INDEX documents_sha256 ON documents(person_id, sha256);

      CREATE TABLE document_pages (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_no INTEGER NOT NULL,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        confidence REAL,
        rotation INTEGER NOT NULL DEFAULT 0,
        image_file_id TEXT,
        thumb_file_id TEXT,
        words_file_id TEXT,
        width INTEGER,
        height INTEGER,
        PRIMARY KEY (document_id, page_no)
      ) STRICT;

      -- Search index. 'scope' holds tokens for who and what a page belongs to (p<person> c<category>, or
      -- 'trashed'), so person and category filters are index intersections inside FTS5, not joins.
      CREATE VIRTUAL TABLE pages_fts USING fts5(text, scope, tokenize='unicode61 remove_diacritics 2');

      CREATE TRIGGER document_pages_ai AFTER INSERT ON document_pages BEGIN
        INSERT INTO pages_fts(rowid, text, scope)
          SELECT new.rowid, new.text, ${SCOPE} FROM documents d WHERE d.id = new.document_id;
      END;
      CREATE TRIGGER document_pages_ad AFTER DELETE ON document_pages BEGIN
        DELETE FROM pages_fts WHERE rowid = old.rowid;
      END;
      CREATE TRIGGER document_pages_au AFTER UPDATE OF text ON document_pages BEGIN
        UPDATE pages_fts SET text = new.text WHERE rowid = new.rowid;
      END;
      CREATE TRIGGER documents_scope_au AFTER UPDATE OF person_id, category, deleted_at ON documents BEGIN
        UPDATE pages_fts SET scope = (SELECT ${SCOPE} FROM documents d WHERE d.id = new.id)
          WHERE rowid IN (SELECT rowid FROM document_pages WHERE document_id = new.id);
      END;
    `);
  },
};
