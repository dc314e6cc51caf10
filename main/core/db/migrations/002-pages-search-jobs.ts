import type { Migration } from '../migrate.ts';

/**
 * Import: per-document reading status (so an interrupted import resumes), pages with their text and the
 * encrypted page image/thumbnail files, full-text search over page text (FTS5, inside the encrypted
 * database), and duplicate detection by content hash and text fingerprint.
 */
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

      CREATE VIRTUAL TABLE pages_fts USING fts5(
        text,
        content='document_pages',
        content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER document_pages_ai AFTER INSERT ON document_pages BEGIN
        INSERT INTO pages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;
      CREATE TRIGGER document_pages_ad AFTER DELETE ON document_pages BEGIN
        INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      END;
      CREATE TRIGGER document_pages_au AFTER UPDATE OF text ON document_pages BEGIN
        INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO pages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;
    `);
  },
};
