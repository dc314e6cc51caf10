import crypto from 'node:crypto';
import { sha256Hex } from '../crypto/aead.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import {
  getDocument,
  insertDocument,
  UNREAD_FACTS,
  type DocumentRow,
  type DocumentStatus,
} from './documents.repo.ts';

/**
 * Stores a document's original bytes and its row. Order matters for crash safety: the encrypted file is
 * written and synced first, then the row is committed; a crash in between leaves only an orphan file,
 * which the next unlock sweeps away. A row never points at a missing file.
 */
export function storeDocument(
  session: VaultSession,
  input: {
    personId: string;
    originalName: string;
    mime: string;
    bytes: Uint8Array;
    kind?: string;
    title?: string;
    status?: DocumentStatus;
  },
): DocumentRow {
  const fileId = session.store.put(input.bytes);
  const row: DocumentRow = {
    id: crypto.randomUUID(),
    personId: input.personId,
    fileId,
    originalName: input.originalName,
    mime: input.mime,
    kind: input.kind ?? 'unknown',
    byteSize: input.bytes.length,
    sha256: sha256Hex(input.bytes),
    title: input.title ?? input.originalName,
    category: null,
    status: input.status ?? 'done',
    pageCount: 0,
    errorCode: null,
    errorMessage: null,
    textFingerprint: null,
    docDate: null,
    ...UNREAD_FACTS,
    createdAt: new Date().toISOString(),
  };
  try {
    insertDocument(session.db, row);
  } catch (error) {
    session.store.remove(fileId);
    throw error;
  }
  return row;
}

/** The original bytes of a document, decrypted and verified. */
export function readDocumentBytes(session: VaultSession, documentId: string): Buffer {
  const row = getDocument(session.db, documentId);
  if (!row) throw new AppError('NOT_FOUND', 'That document is not in this vault any more.');
  return session.store.get(row.fileId);
}
