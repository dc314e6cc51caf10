import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { deriveSubkey } from '../crypto/aead.ts';
import { ChunkIntegrityError, openAll, readSealedHeader, sealAll } from '../crypto/chunked-seal.ts';
import { fsyncDirectory, TEMP_SUFFIX, writeFileAtomic, type AtomicFs, realFs } from '../fs/atomic-write.ts';
import { writeFailure } from '../fs/write-errors.ts';
import { AppError, systemErrorCode } from '../errors.ts';
import { log } from '../log/logger.ts';

const FILE_SUFFIX = '.cbf';

/**
 * Encrypted file store for originals, page images, thumbnails and large text. Each file has its own key
 * (HKDF of the data key with the file id), and the chunked format binds the vault, the file and each
 * chunk's position. Files are written atomically *before* the database row that names them is committed;
 * a crash in between leaves an orphan, which `sweep` removes at the next start.
 */
export class DocumentStore {
  private readonly root: string;
  private readonly masterKey: Buffer;
  private readonly vaultId: Buffer;
  private readonly ops: AtomicFs;

  constructor(root: string, dataKey: Uint8Array, vaultId: Uint8Array, ops: AtomicFs = realFs) {
    this.root = root;
    this.masterKey = deriveSubkey(dataKey, 'files');
    this.vaultId = Buffer.from(vaultId);
    this.ops = ops;
    fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  }

  /** Encrypts and stores bytes; returns the new file id (32 hex characters). */
  put(plain: Uint8Array): string {
    const fileId = crypto.randomBytes(16);
    const id = fileId.toString('hex');
    const target = this.pathOf(id);
    this.ensureBucket(path.dirname(target));
    writeFileAtomic(target, sealAll(this.keyFor(fileId), this.vaultId, fileId, plain), this.ops);
    return id;
  }

  /** Decrypts a stored file; any tampering, truncation or swap is a DOCUMENT_INTEGRITY error. */
  get(id: string): Buffer {
    const file = this.pathOf(id);
    let sealed: Buffer;
    try {
      sealed = fs.readFileSync(file);
    } catch {
      throw new AppError(
        'DOCUMENT_INTEGRITY',
        'A stored file of this document is missing from the vault folder. Restore the vault from a backup to get it back.',
      );
    }
    try {
      const { fileId } = readSealedHeader(sealed);
      if (fileId.toString('hex') !== id) throw new ChunkIntegrityError('file id');
      return openAll(this.keyFor(fileId), this.vaultId, sealed);
    } catch (error) {
      if (!(error instanceof ChunkIntegrityError)) throw error;
      log.warn('store.integrity', { detail: error.message });
      throw new AppError(
        'DOCUMENT_INTEGRITY',
        'A stored file of this document is damaged or was changed outside CareBinder, so it was not opened. Restore the vault from a backup to get it back.',
      );
    }
  }

  has(id: string): boolean {
    return fs.existsSync(this.pathOf(id));
  }

  /**
   * Deletes a stored file. Called after the database no longer refers to it, so it never fails the caller:
   * a file that cannot be deleted now is an orphan, and the next start-up sweep tries again.
   */
  remove(id: string): void {
    try {
      fs.rmSync(this.pathOf(id), { force: true });
    } catch (error) {
      log.warn('store.remove_failed', { code: systemErrorCode(error) });
    }
  }

  /** Every stored file id (for the orphan sweep and backups). */
  list(): string[] {
    const ids: string[] = [];
    for (const bucket of safeReaddir(this.root)) {
      for (const name of safeReaddir(path.join(this.root, bucket))) {
        if (name.endsWith(FILE_SUFFIX)) ids.push(name.slice(0, -FILE_SUFFIX.length));
      }
    }
    return ids;
  }

  /** Relative path of a file inside the store (backups copy the sealed bytes as they are). */
  relativePathOf(id: string): string {
    return path.join(id.slice(0, 2), id + FILE_SUFFIX);
  }

  /**
   * Start-up sweep: removes half-written temp files and files no database row refers to (left by a crash
   * between writing the file and committing its row). Returns how many files were removed.
   */
  sweep(referenced: ReadonlySet<string>): number {
    let removed = 0;
    for (const bucket of safeReaddir(this.root)) {
      const dir = path.join(this.root, bucket);
      for (const name of safeReaddir(dir)) {
        const orphan = name.endsWith(FILE_SUFFIX) && !referenced.has(name.slice(0, -FILE_SUFFIX.length));
        if (name.endsWith(TEMP_SUFFIX) || orphan) {
          // One undeletable leftover (a virus scanner holding it, say) must not stop the vault opening.
          try {
            fs.rmSync(path.join(dir, name), { force: true });
            removed++;
          } catch (error) {
            log.warn('store.sweep_failed', { code: systemErrorCode(error) });
          }
        }
      }
    }
    if (removed) log.info('store.sweep', { removed });
    return removed;
  }

  /** Drops key material from memory (on lock). */
  wipe(): void {
    this.masterKey.fill(0);
  }

  /** Creates a file's bucket folder; a new folder is synced into its parent so a power cut cannot lose it. */
  private ensureBucket(dir: string): void {
    let created: string | undefined;
    try {
      created = fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw writeFailure(error);
    }
    if (created) fsyncDirectory(path.dirname(created), this.ops);
  }

  private pathOf(id: string): string {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new AppError('NOT_FOUND', 'That stored file does not exist.');
    return path.join(this.root, this.relativePathOf(id));
  }

  private keyFor(fileId: Uint8Array): Buffer {
    return deriveSubkey(this.masterKey, 'file', fileId);
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
