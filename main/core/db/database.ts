import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { AppError } from '../errors.ts';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/** The cipher is chosen explicitly (SQLCipher v4 layout: AES-256-CBC pages with HMAC-SHA512). */
export const DB_CIPHER = { cipher: 'sqlcipher', legacy: 4 } as const;

const PLAINTEXT_MAGIC = Buffer.from('SQLite format 3\0');

/**
 * Opens the vault database in a fixed order (DESIGN.md §8.8): open → cipher → raw key → prove the key
 * with a read → pragmas → migrations. The key is 32 raw bytes handed over as x'…' so the library's own
 * passphrase KDF is bypassed (ours is Argon2id, upstream). Corruption surfaces as VAULT_INTEGRITY; the
 * file is never deleted or rewritten here.
 */
export function openVaultDatabase(file: string, key: Uint8Array, options: { create: boolean }): Db {
  if (!options.create && !fs.existsSync(file)) {
    throw new AppError(
      'VAULT_INTEGRITY',
      'The vault’s record database is missing. Restore the vault from a backup.',
    );
  }
  const db = new Database(file, { fileMustExist: !options.create });
  try {
    db.pragma(`cipher='${DB_CIPHER.cipher}'`);
    db.pragma(`legacy=${DB_CIPHER.legacy}`);
    db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
    proveKey(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('secure_delete = ON');
    // Every page read from disk is decrypted: SQLite's default 2 MiB cache made a search over a 10,000-
    // document vault decrypt the same index pages again and again (median 52 ms; 22 ms with 64 MiB).
    db.pragma('cache_size = -65536');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  if (options.create) assertNotPlaintext(file);
  return db;
}

function proveKey(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw new AppError(
      'VAULT_INTEGRITY',
      'The vault’s record database could not be read: it is damaged or does not belong to this vault. Restore it from a backup.',
      { cause: error },
    );
  }
}

/** A belt-and-braces check that encryption really took effect on a new file. */
function assertNotPlaintext(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    if (head.equals(PLAINTEXT_MAGIC)) throw new Error('vault database was created unencrypted');
  } finally {
    fs.closeSync(fd);
  }
}

/** Folds the write-ahead log into the main file, so the file alone is a complete copy (backups). */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
