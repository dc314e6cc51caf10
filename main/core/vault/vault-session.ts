import type { Db } from '../db/database.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { VaultHeader } from './vault-header.ts';

/**
 * An unlocked vault: the open database, the file store and the data key. Everything that reads or writes
 * records takes a session; `close` (lock) closes the database and overwrites the keys in memory.
 */
export class VaultSession {
  readonly dir: string;
  header: VaultHeader;
  readonly db: Db;
  readonly store: DocumentStore;
  private readonly key: Buffer;
  private closed = false;

  constructor(dir: string, header: VaultHeader, db: Db, store: DocumentStore, dataKey: Buffer) {
    this.dir = dir;
    this.header = header;
    this.db = db;
    this.store = store;
    this.key = dataKey;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  get vaultId(): Buffer {
    return Buffer.from(this.header.vaultId, 'hex');
  }

  /** The data key, for the few services that derive their own subkeys (backups, the keychain slot). */
  get dataKey(): Buffer {
    return this.key;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.close();
    } finally {
      this.store.wipe();
      this.key.fill(0);
    }
  }
}
