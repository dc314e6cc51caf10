import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../main/core/errors.ts';
import { TEMP_SUFFIX } from '../../main/core/fs/atomic-write.ts';
import { referencedFileIds } from '../../main/core/store/file-references.ts';
import type { VaultSession } from '../../main/core/vault/vault-session.ts';

/** What the harness follows of one document (trashed ones included: the trash is not deletion). */
export interface DocState {
  sha256: string;
  trashed: boolean;
  /** The title a person gave it, or null while the title is the automatic one. */
  userTitle: string | null;
  /** The category a person chose, or null while it is the classifier's. */
  userCategory: string | null;
  status: string;
}

/** The harness's view of a vault: documents, and each medicine's history as event kinds in order. */
export interface VaultState {
  docs: Map<string, DocState>;
  meds: Map<string, string[]>;
}

interface DocumentFileRow {
  id: string;
  fileId: string;
  sha256: string;
  byteSize: number;
  title: string;
  titleSource: string;
  category: string | null;
  categorySource: string;
  status: string;
  deletedAt: string | null;
}

/**
 * Reads a freshly unlocked vault and checks what must hold after any crash: SQLite and its search index
 * intact, every row's files present and decrypting to the bytes the row describes (a missing file is a
 * failure here, never skipped), no orphan file and no temp file left by the start-up sweep.
 */
export function observeVault(session: VaultSession): { state: VaultState; problems: string[] } {
  const problems: string[] = [];
  const db = session.db;
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`PRAGMA integrity_check: ${String(integrity)}`);
  const foreign = db.pragma('foreign_key_check') as unknown[];
  if (foreign.length > 0) problems.push(`PRAGMA foreign_key_check: ${foreign.length} broken references`);
  try {
    db.prepare(`INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')`).run();
  } catch (error) {
    problems.push(`search index integrity-check: ${(error as Error).message}`);
  }

  const rows = db
    .prepare(
      `SELECT id, file_id AS fileId, sha256, byte_size AS byteSize, title, title_source AS titleSource, category,
         category_source AS categorySource, status, deleted_at AS deletedAt FROM documents`,
    )
    .all() as DocumentFileRow[];
  const docs = new Map<string, DocState>();
  for (const row of rows) {
    const original = readStored(session, row.fileId);
    if (typeof original === 'string') problems.push(`document ${row.id}: original ${original}`);
    else if (original.length !== row.byteSize || sha256(original) !== row.sha256)
      problems.push(`document ${row.id}: original decrypts to other bytes than its row describes`);
    docs.set(row.id, {
      sha256: row.sha256,
      trashed: row.deletedAt !== null,
      userTitle: row.titleSource === 'user' ? row.title : null,
      userCategory: row.categorySource === 'user' ? row.category : null,
      status: row.status,
    });
  }
  const referenced = referencedFileIds(db);
  for (const id of referenced) {
    const result = readStored(session, id);
    if (typeof result === 'string')
      problems.push(`stored file ${id} (page, thumbnail or rendering): ${result}`);
  }
  const orphans = session.store.list().filter((id) => !referenced.has(id));
  if (orphans.length > 0) problems.push(`${orphans.length} stored files no row refers to survived the sweep`);
  const temps = tempFilesUnder(session.dir);
  if (temps.length > 0) problems.push(`temp files left after the start-up sweep: ${temps.join(', ')}`);

  const meds = new Map<string, string[]>();
  for (const { id } of db.prepare('SELECT id FROM medications').all() as { id: string }[]) meds.set(id, []);
  const events = db
    .prepare('SELECT medication_id AS medicationId, kind FROM medication_events ORDER BY rowid')
    .all() as { medicationId: string; kind: string }[];
  for (const event of events) meds.get(event.medicationId)?.push(event.kind);
  return { state: { docs, meds }, problems };
}

/** The decrypted bytes, or why they could not be had. */
function readStored(session: VaultSession, fileId: string): Buffer | string {
  if (!session.store.has(fileId)) return 'is missing';
  try {
    return session.store.get(fileId);
  } catch (error) {
    if (error instanceof AppError) return `is damaged (${error.code})`;
    throw error;
  }
}

/** Every `.cbtmp` file or folder anywhere under `dir`. */
export function tempFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => path.basename(name).endsWith(TEMP_SUFFIX));
}

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
