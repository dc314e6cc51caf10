import type { Db } from './database.ts';
import { AppError } from '../errors.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** One numbered, immutable schema step. `up` runs inside a transaction with user_version set after it. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

export const LATEST_VERSION = MIGRATIONS.length;

/** Brings the schema to `target` (default: latest), one transaction per migration so a crash leaves a clean version. */
export function migrate(db: Db, target = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new AppError(
      'VAULT_UNSUPPORTED',
      'This vault was saved by a newer version of CareBinder. Update CareBinder to open it.',
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
