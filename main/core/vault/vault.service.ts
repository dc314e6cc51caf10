import fs from 'node:fs';
import crypto from 'node:crypto';
import { assessPassphrase, MIN_ACCEPTED_SCORE } from '../../../shared/passphrase-strength.ts';
import { deriveKeyFromPassphrase, newKdfParams } from '../crypto/passphrase-kdf.ts';
import { newRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key.ts';
import { DB_CIPHER, openVaultDatabase } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { log } from '../log/logger.ts';
import { removeLeftoverTemps } from '../fs/atomic-write.ts';
import { DocumentStore } from '../store/document-store.ts';
import { referencedFileIds } from '../store/file-references.ts';
import { readHeaderFile, writeHeaderFile, type VaultHeader } from './vault-header.ts';
import {
  assertHeaderMac,
  databaseKey,
  headerMac,
  recoveryKek,
  unwrapDataKey,
  wrapDataKey,
} from './vault-keys.ts';
import { vaultFile } from './vault-paths.ts';
import { VaultSession } from './vault-session.ts';

/** How a vault is unlocked: the passphrase, the printed recovery key, or this computer's remembered key. */
export type UnlockMethod = { passphrase: string } | { recoveryKey: string } | { deviceKey: Uint8Array };

export function vaultExists(dir: string): boolean {
  return fs.existsSync(vaultFile(dir, 'header'));
}

export function assertPassphraseAcceptable(passphrase: string): void {
  const strength = assessPassphrase(passphrase);
  if (strength.score < MIN_ACCEPTED_SCORE) {
    throw new AppError(
      'WEAK_PASSPHRASE',
      `That passphrase is too easy to guess. ${strength.hint ?? ''}`.trim(),
    );
  }
}

/**
 * Creates a vault: a random data key, wrapped under the passphrase (Argon2id) and under a new recovery
 * key. The header is written last: it is the commit point, so a crash mid-creation leaves no half vault.
 */
export async function createVault(
  dir: string,
  passphrase: string,
): Promise<{ session: VaultSession; recoveryKey: string }> {
  if (vaultExists(dir)) {
    throw new AppError(
      'VAULT_EXISTS',
      'There is already a CareBinder vault in this folder. Unlock it instead.',
    );
  }
  assertPassphraseAcceptable(passphrase);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Leftovers of a creation that crashed before its header was written belong to a key nobody has.
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(vaultFile(dir, 'database') + suffix, { force: true });

  const dataKey = crypto.randomBytes(32);
  const core = {
    format: 'carebinder-vault' as const,
    version: 1 as const,
    vaultId: crypto.randomBytes(16).toString('hex'),
    kdf: newKdfParams(),
    database: { ...DB_CIPHER },
  };
  const kek = await deriveKeyFromPassphrase(passphrase, core.kdf);
  const recovery = newRecoveryKey();
  const header: VaultHeader = {
    ...core,
    createdAt: new Date().toISOString(),
    slots: {
      passphrase: wrapDataKey(kek, dataKey, core, 'passphrase'),
      recovery: wrapDataKey(recoveryKek(recovery.bytes, core), dataKey, core, 'recovery'),
    },
    mac: '',
  };
  header.mac = headerMac(dataKey, header);

  const db = openVaultDatabase(vaultFile(dir, 'database'), databaseKey(dataKey), { create: true });
  writeHeaderFile(vaultFile(dir, 'header'), header);
  const store = new DocumentStore(vaultFile(dir, 'documents'), dataKey, Buffer.from(header.vaultId, 'hex'));
  log.info('vault.created');
  return { session: new VaultSession(dir, header, db, store, dataKey), recoveryKey: recovery.text };
}

async function unwrapWith(header: VaultHeader, method: UnlockMethod): Promise<Buffer> {
  if ('passphrase' in method) {
    return unwrapDataKey(await deriveKeyFromPassphrase(method.passphrase, header.kdf), header, 'passphrase');
  }
  if ('recoveryKey' in method) {
    return unwrapDataKey(recoveryKek(parseRecoveryKey(method.recoveryKey), header), header, 'recovery');
  }
  return unwrapDataKey(method.deviceKey, header, 'device');
}

/** Unlocks a vault. Reads only: a wrong passphrase or a damaged file leaves every byte as it was. */
export async function unlockVault(dir: string, method: UnlockMethod): Promise<VaultSession> {
  const header = readHeaderFile(vaultFile(dir, 'header'));
  const dataKey = await unwrapWith(header, method);
  assertHeaderMac(dataKey, header);
  const db = openVaultDatabase(vaultFile(dir, 'database'), databaseKey(dataKey), { create: false });
  const store = new DocumentStore(vaultFile(dir, 'documents'), dataKey, Buffer.from(header.vaultId, 'hex'));
  store.sweep(referencedFileIds(db));
  removeLeftoverTemps(dir); // a settings file (vault.json) write cut short by a crash
  log.info('vault.unlocked');
  return new VaultSession(dir, header, db, store, dataKey);
}

/** Checks a passphrase without opening the database (for confirmations and the CLI's `vault unlock`). */
export async function verifyPassphrase(dir: string, passphrase: string): Promise<void> {
  const header = readHeaderFile(vaultFile(dir, 'header'));
  const dataKey = await unwrapWith(header, { passphrase });
  assertHeaderMac(dataKey, header);
  dataKey.fill(0);
}

/** Sets or removes this computer's slot ("remember on this computer") and re-signs the header. */
export function setDeviceSlot(session: VaultSession, deviceKey: Uint8Array | null): void {
  const next: VaultHeader = { ...session.header, slots: { ...session.header.slots }, mac: '' };
  if (deviceKey) next.slots.device = wrapDataKey(deviceKey, session.dataKey, next, 'device');
  else delete next.slots.device;
  next.mac = headerMac(session.dataKey, next);
  writeHeaderFile(vaultFile(session.dir, 'header'), next);
  session.header = next;
}

/**
 * Sets a new passphrase: new salt, new Argon2id key, the same data key re-wrapped. Only the header changes;
 * the database and files stay byte-identical. When `current` is given it must be right (after a
 * recovery-key unlock the passphrase is reset without it).
 */
export async function changePassphrase(
  session: VaultSession,
  current: string | null,
  next: string,
): Promise<void> {
  if (current !== null) await verifyPassphrase(session.dir, current);
  assertPassphraseAcceptable(next);
  const kdf = newKdfParams();
  const kek = await deriveKeyFromPassphrase(next, kdf);
  const header: VaultHeader = {
    ...session.header,
    kdf,
    slots: {
      ...session.header.slots,
      passphrase: wrapDataKey(kek, session.dataKey, { ...session.header, kdf }, 'passphrase'),
    },
    mac: '',
  };
  header.mac = headerMac(session.dataKey, header);
  writeHeaderFile(vaultFile(session.dir, 'header'), header);
  session.header = header;
  log.info('vault.passphrase_changed');
}
