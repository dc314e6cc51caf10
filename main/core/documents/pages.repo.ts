import type { Db } from '../db/database.ts';

/** One page of a document: its text, how it was read, and the encrypted files of its image. */
export interface PageRow {
  documentId: string;
  pageNo: number;
  source: 'text-layer' | 'ocr';
  text: string;
  confidence: number | null;
  rotation: number;
  imageFileId: string | null;
  thumbFileId: string | null;
  wordsFileId: string | null;
  width: number | null;
  height: number | null;
}

const COLUMNS = `document_id AS documentId, page_no AS pageNo, source, text, confidence, rotation,
  image_file_id AS imageFileId, thumb_file_id AS thumbFileId, words_file_id AS wordsFileId, width, height`;

export function insertPage(db: Db, page: PageRow): void {
  db.prepare(
    `INSERT INTO document_pages (document_id, page_no, source, text, confidence, rotation, image_file_id,
       thumb_file_id, words_file_id, width, height)
     VALUES (@documentId, @pageNo, @source, @text, @confidence, @rotation, @imageFileId, @thumbFileId, @wordsFileId,
       @width, @height)`,
  ).run(page);
}

export function listPages(db: Db, documentId: string): PageRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM document_pages WHERE document_id = ? ORDER BY page_no`)
    .all(documentId) as PageRow[];
}

/** Removes a document's pages and returns their stored files, for the caller to delete after commit. */
export function deletePages(db: Db, documentId: string): string[] {
  const files = listPages(db, documentId).flatMap((p) => [p.imageFileId, p.thumbFileId, p.wordsFileId]);
  db.prepare('DELETE FROM document_pages WHERE document_id = ?').run(documentId);
  return files.filter((f): f is string => f !== null);
}
