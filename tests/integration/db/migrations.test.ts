import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../../../main/core/db/database.ts';
import { LATEST_VERSION, migrate } from '../../../main/core/db/migrate.ts';
import { MIGRATIONS } from '../../../main/core/db/migrations/index.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import Database from 'better-sqlite3-multiple-ciphers';

function emptyEncryptedDb(file: string, key: Buffer) {
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  db.pragma('foreign_keys = ON');
  return db;
}

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','index') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  // Each migration starts from the schema the previous one left, as a real upgrade would.
  for (const migration of MIGRATIONS) {
    it(`${migration.version} (${migration.name}) upgrades a vault at version ${migration.version - 1}`, () => {
      const file = path.join(tempDir(), 'db');
      const db = emptyEncryptedDb(file, crypto.randomBytes(32));
      migrate(db, migration.version - 1);
      expect(db.pragma('user_version', { simple: true })).toBe(migration.version - 1);
      const before = tables(db);
      migrate(db, migration.version);
      expect(db.pragma('user_version', { simple: true })).toBe(migration.version);
      expect(tables(db).length).toBeGreaterThan(before.length);
      db.close();
    });
  }

  it('a failing migration rolls back completely', () => {
    const file = path.join(tempDir(), 'db');
    const db = emptyEncryptedDb(file, crypto.randomBytes(32));
    expect(() =>
      db.transaction(() => {
        MIGRATIONS[0]!.up(db);
        throw new Error('power cut');
      })(),
    ).toThrow('power cut');
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('opening a vault brings it to the latest version, and refuses a newer one', () => {
    const file = path.join(tempDir(), 'db');
    const key = crypto.randomBytes(32);
    const db = openVaultDatabase(file, key, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => openVaultDatabase(file, key, { create: false })).toThrow(/newer version/);
  });
});
