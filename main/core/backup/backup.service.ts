import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { deriveSubkey } from '../crypto/aead.ts';
import { ChunkIntegrityError, ChunkSealer, openChunks } from '../crypto/chunked-seal.ts';
import { checkpoint, openVaultDatabase } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { realFs, TEMP_SUFFIX, writeFileAtomic, type AtomicFs } from '../fs/atomic-write.ts';
import { log } from '../log/logger.ts';
import { parseRecoveryKey } from '../crypto/recovery-key.ts';
import { deriveKeyFromPassphrase } from '../crypto/passphrase-kdf.ts';
import { serializeHeader, type VaultHeader } from '../vault/vault-header.ts';
import { assertHeaderMac, databaseKey, headerMac, recoveryKek, unwrapDataKey } from '../vault/vault-keys.ts';
import { vaultExists } from '../vault/vault.service.ts';
import { vaultFile, VAULT_FILES } from '../vault/vault-paths.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import {
  backupDamaged,
  decodeBackupPreamble,
  encodeBackupPreamble,
  encodeEntryHead,
  isAllowedEntryName,
  type BackupHeader,
} from './backup-format.ts';

export const BACKUP_EXTENSION = '.cbbackup';

interface BackupSource {
  name: string;
  file: string;
}

function payloadKey(dataKey: Uint8Array): Buffer {
  return deriveSubkey(dataKey, 'backup');
}

function payloadContext(header: BackupHeader, headerHash: Buffer): Buffer {
  return Buffer.concat([Buffer.from(header.vaultHeader.vaultId, 'hex'), headerHash]);
}

/** The vault header as it goes into a backup: without this computer's slot (a restore elsewhere can't use it). */
function portableHeader(session: VaultSession): VaultHeader {
  const { device: _device, ...slots } = session.header.slots;
  const header: VaultHeader = { ...session.header, slots, mac: '' };
  header.mac = headerMac(session.dataKey, header);
  return header;
}

/**
 * Writes one encrypted backup file (database plus every document file), atomically, then reads it back
 * and decrypts every chunk to verify it before reporting success. `ops` is the atomic writer's
 * fault-injection seam.
 */
export function createBackup(
  session: VaultSession,
  destination: string,
  ops: AtomicFs = realFs,
): { path: string; bytes: number } {
  checkpoint(session.db);
  const sources: BackupSource[] = [
    { name: 'carebinder.db', file: vaultFile(session.dir, 'database') },
    ...session.store.list().map((id) => {
      const relative = session.store.relativePathOf(id).split(path.sep).join('/');
      return {
        name: `${VAULT_FILES.documents}/${relative}`,
        file: path.join(vaultFile(session.dir, 'documents'), relative),
      };
    }),
  ];
  const vaultHeader = portableHeader(session);
  const header: BackupHeader = {
    format: 'carebinder-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    vaultHeader,
    entries: sources.length + 1,
  };
  const preamble = encodeBackupPreamble(header);
  const headerHash = preamble.subarray(preamble.length - 32);
  const sealer = new ChunkSealer(
    payloadKey(session.dataKey),
    payloadContext(header, headerHash),
    crypto.randomBytes(16),
  );

  function* parts(): Generator<Uint8Array> {
    yield preamble;
    const headerText = Buffer.from(serializeHeader(vaultHeader));
    yield* sealer.push(encodeEntryHead('vault.json', headerText.length));
    yield* sealer.push(headerText);
    for (const source of sources) {
      const bytes = fs.readFileSync(source.file);
      yield* sealer.push(encodeEntryHead(source.name, bytes.length));
      yield* sealer.push(bytes);
    }
    yield* sealer.push(encodeEntryHead('', 0));
    yield* sealer.finish();
  }

  fs.mkdirSync(path.dirname(destination), { recursive: true });
  writeFileAtomic(destination, parts(), ops);
  const check = readBackup(destination, session.dataKey, () => undefined);
  if (check.entries !== header.entries) throw backupDamaged();
  log.info('backup.created', { entries: header.entries });
  return { path: destination, bytes: fs.statSync(destination).size };
}

/** Streams a backup's entries through `onEntry` after verifying each chunk; returns how many entries it held. */
function readBackup(
  file: string,
  dataKey: Uint8Array,
  onEntry: (name: string, bytes: Buffer) => void,
): { entries: number; header: BackupHeader } {
  const fd = fs.openSync(file, 'r');
  try {
    const readAt = (offset: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const n = fs.readSync(fd, buffer, 0, length, offset);
      return buffer.subarray(0, n);
    };
    const { header, headerHash, payloadOffset } = decodeBackupPreamble(readAt);
    let position = payloadOffset;
    const read = (n: number) => {
      const part = readAt(position, n);
      position += part.length;
      return part;
    };
    const entries = parseEntries(
      openChunks(payloadKey(dataKey), payloadContext(header, headerHash), read),
      onEntry,
    );
    return { entries, header };
  } catch (error) {
    if (error instanceof ChunkIntegrityError) throw backupDamaged();
    throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** Splits the decrypted stream into entries without holding more than one entry in memory. */
function parseEntries(chunks: Iterable<Buffer>, onEntry: (name: string, bytes: Buffer) => void): number {
  let buffer = Buffer.alloc(0);
  let count = 0;
  let ended = false;
  for (const chunk of chunks) {
    if (ended) throw backupDamaged();
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (buffer.length < 2) break;
      const nameLength = buffer.readUInt16BE(0);
      if (buffer.length < 2 + nameLength + 8) break;
      const name = buffer.subarray(2, 2 + nameLength).toString('utf8');
      const size = Number(buffer.readBigUInt64BE(2 + nameLength));
      if (name === '') {
        ended = true;
        buffer = buffer.subarray(2 + nameLength + 8);
        break;
      }
      if (!isAllowedEntryName(name) || size > 4 * 1024 ** 3) throw backupDamaged();
      const start = 2 + nameLength + 8;
      if (buffer.length < start + size) break;
      onEntry(name, buffer.subarray(start, start + size));
      buffer = buffer.subarray(start + size);
      count++;
    }
  }
  if (!ended || buffer.length !== 0) throw backupDamaged();
  return count;
}

/** Reads only the backup's header (to unwrap its key before decrypting anything). */
function readBackupHeader(file: string): BackupHeader {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new AppError('NOT_FOUND', 'That backup file could not be found. Check where it was saved.');
  }
  try {
    return decodeBackupPreamble((offset, length) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, fs.readSync(fd, buffer, 0, length, offset));
    }).header;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Restores a backup into a new folder. Everything is decrypted and checked in a temporary sibling folder
 * first, and only a complete, verified vault is moved into place: a wrong passphrase or a damaged file
 * changes nothing anywhere, and an existing vault is never overwritten.
 */
export async function restoreBackup(
  file: string,
  unlock: { passphrase: string } | { recoveryKey: string },
  targetDir: string,
): Promise<{ dir: string; documents: number }> {
  if (vaultExists(targetDir)) {
    throw new AppError(
      'VAULT_EXISTS',
      'There is already a vault in that folder. Choose an empty folder to restore into.',
    );
  }
  if (fs.existsSync(targetDir) && fs.readdirSync(targetDir).length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      'That folder is not empty. Choose an empty or new folder to restore into.',
    );
  }
  const header = readBackupHeader(file).vaultHeader;
  const dataKey =
    'passphrase' in unlock
      ? unwrapDataKey(await deriveKeyFromPassphrase(unlock.passphrase, header.kdf), header, 'passphrase')
      : unwrapDataKey(recoveryKek(parseRecoveryKey(unlock.recoveryKey), header), header, 'recovery');
  try {
    assertHeaderMac(dataKey, header);
  } catch {
    throw backupDamaged();
  }

  const staging = `${path.resolve(targetDir)}.${crypto.randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    let documents = 0;
    readBackup(file, dataKey, (name, bytes) => {
      const target = path.join(staging, ...name.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      writeFileAtomic(target, [bytes]);
      if (name.startsWith('files/')) documents++;
    });
    const db = openVaultDatabase(path.join(staging, VAULT_FILES.database), databaseKey(dataKey), {
      create: false,
    });
    try {
      const result = db.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw backupDamaged();
    } finally {
      db.close();
    }
    if (fs.existsSync(targetDir)) fs.rmdirSync(targetDir);
    fs.renameSync(staging, targetDir);
    log.info('backup.restored', { documents });
    return { dir: path.resolve(targetDir), documents };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof AppError && error.code === 'VAULT_INTEGRITY') throw backupDamaged();
    throw error;
  } finally {
    dataKey.fill(0);
  }
}
