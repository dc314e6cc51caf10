import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/db/migrate.ts';
import { m005Cases } from '../../../main/core/db/migrations/005-cases.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('migration 005 (cases)', () => {
  it('upgrades a version-4 vault and allows only one active case per person', () => {
    const db = new Database(path.join(tempDir(), 'db'));
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${crypto.randomBytes(32).toString('hex')}'"`);
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    db.transaction(() => {
      m005Cases.up(db);
      db.pragma(`user_version = ${m005Cases.version}`);
    })();
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'cases',
        'case_items',
        'record_requests',
        'record_request_documents',
        'case_questions',
        'case_opinions',
      ]),
    );
    const now = new Date().toISOString();
    db.prepare("INSERT INTO people (id, name, created_at, updated_at) VALUES ('p', 'X', ?, ?)").run(now, now);
    const insert = db.prepare(
      "INSERT INTO cases (id, person_id, status, created_at, updated_at) VALUES (?, 'p', ?, ?, ?)",
    );
    insert.run('a', 'active', now, now);
    insert.run('b', 'closed', now, now);
    expect(() => insert.run('c', 'active', now, now)).toThrow(/UNIQUE/);
    expect(() => insert.run('d', 'open', now, now)).toThrow(/CHECK/);
    db.close();
  });
});
