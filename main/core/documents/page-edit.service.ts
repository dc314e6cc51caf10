import sharp from 'sharp';
import { AppError } from '../errors.ts';
import { encodePagePng, preparePage } from '../import/image/prepare-page.ts';
import type { OcrService } from '../ocr/ocr.types.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { listPages } from './pages.repo.ts';

/**
 * Turns a scanned page the way the person says and reads its text again. A page with a text layer has
 * no picture to turn: only how it is shown changes.
 */
export async function rotatePage(
  session: VaultSession,
  documentId: string,
  pageNo: number,
  degrees: 90 | 180 | 270,
  ocr: OcrService,
  signal?: AbortSignal,
): Promise<void> {
  const page = listPages(session.db, documentId).find((p) => p.pageNo === pageNo);
  if (!page) throw new AppError('NOT_FOUND', 'That page does not exist.');
  const rotation = (page.rotation + degrees) % 360;
  if (!page.imageFileId) {
    session.db
      .prepare('UPDATE document_pages SET rotation = ? WHERE document_id = ? AND page_no = ?')
      .run(rotation, documentId, pageNo);
    return;
  }
  const turned = await sharp(session.store.get(page.imageFileId)).rotate(degrees).png().toBuffer();
  // Read exactly as turned (no automatic upright detection, which could undo what the person chose).
  const prepared = await preparePage(sharp(turned));
  const result = await ocr.recognize(prepared.image, { signal });
  const image = await encodePagePng(prepared.image);
  const imageFileId = session.store.put(image);
  const thumbFileId = session.store.put(
    await sharp(image).resize({ width: 240, withoutEnlargement: true }).png().toBuffer(),
  );
  const wordsFileId = result.words.length
    ? session.store.put(Buffer.from(JSON.stringify(result.words)))
    : null;
  session.db
    .prepare(
      `UPDATE document_pages SET text = ?, confidence = ?, rotation = ?, image_file_id = ?, thumb_file_id = ?, words_file_id = ?
       WHERE document_id = ? AND page_no = ?`,
    )
    .run(result.text, result.confidence, rotation, imageFileId, thumbFileId, wordsFileId, documentId, pageNo);
  for (const old of [page.imageFileId, page.thumbFileId, page.wordsFileId])
    if (old) session.store.remove(old);
}
