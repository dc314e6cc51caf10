import type { Db } from '../db/database.ts';

/**
 * Every file id the database refers to. The orphan sweep deletes any stored file not in this set, so each
 * table that stores a file id must be listed here.
 */
export function referencedFileIds(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT file_id AS id FROM documents
       UNION SELECT rendering_file_id FROM documents WHERE rendering_file_id IS NOT NULL
       UNION SELECT image_file_id FROM document_pages WHERE image_file_id IS NOT NULL
       UNION SELECT thumb_file_id FROM document_pages WHERE thumb_file_id IS NOT NULL
       UNION SELECT words_file_id FROM document_pages WHERE words_file_id IS NOT NULL`,
    )
    .all() as { id: string }[];
  return new Set(rows.map((row) => row.id));
}
