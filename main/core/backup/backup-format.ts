import { z } from 'zod';
import { sha256Hex } from '../crypto/aead.ts';
import { vaultHeaderSchema } from '../vault/vault-header.ts';
import { AppError } from '../errors.ts';

/**
 * Backup file layout: MAGIC ‖ u32 header length ‖ header JSON ‖ SHA-256 of the header (32 bytes) ‖ sealed
 * payload (the chunked AEAD format, keyed from the data key and bound to the vault id and the header hash).
 * The payload is a sequence of entries: u16 name length ‖ name ‖ u64 size ‖ bytes; an empty name ends it.
 */
export const BACKUP_MAGIC = Buffer.from('CAREBINDER-BACKUP-1\n');

export const backupHeaderSchema = z
  .object({
    format: z.literal('carebinder-backup'),
    version: z.literal(1),
    createdAt: z.string(),
    vaultHeader: vaultHeaderSchema,
    entries: z.number().int().nonnegative(),
  })
  .strict();
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupDamaged = () =>
  new AppError(
    'BACKUP_INTEGRITY',
    'This backup file is damaged or incomplete, so nothing was restored. Your current vault is untouched. Try another backup copy.',
  );

export function encodeBackupPreamble(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([BACKUP_MAGIC, length, json, Buffer.from(sha256Hex(json), 'hex')]);
}

/** Parses the preamble from the start of a backup; returns the header, its hash and where the payload starts. */
export function decodeBackupPreamble(read: (offset: number, length: number) => Buffer): {
  header: BackupHeader;
  headerHash: Buffer;
  payloadOffset: number;
} {
  const magic = read(0, BACKUP_MAGIC.length);
  if (!magic.equals(BACKUP_MAGIC)) {
    throw new AppError(
      'BACKUP_INTEGRITY',
      'This file is not a CareBinder backup. Choose a file whose name ends in .cbbackup.',
    );
  }
  const length = read(BACKUP_MAGIC.length, 4);
  if (length.length < 4) throw backupDamaged();
  const size = length.readUInt32BE();
  if (size > 1024 * 1024) throw backupDamaged();
  const json = read(BACKUP_MAGIC.length + 4, size);
  const hash = read(BACKUP_MAGIC.length + 4 + size, 32);
  if (json.length !== size || hash.length !== 32 || sha256Hex(json) !== hash.toString('hex'))
    throw backupDamaged();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw backupDamaged();
  }
  const header = backupHeaderSchema.safeParse(parsed);
  if (!header.success) throw backupDamaged();
  return { header: header.data, headerHash: hash, payloadOffset: BACKUP_MAGIC.length + 4 + size + 32 };
}

export function encodeEntryHead(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(2 + nameBytes.length + 8);
  head.writeUInt16BE(nameBytes.length, 0);
  nameBytes.copy(head, 2);
  head.writeBigUInt64BE(BigInt(size), 2 + nameBytes.length);
  return head;
}

/** Entry names a backup may contain: anything else (such as ../ tricks) marks the file as damaged. */
export function isAllowedEntryName(name: string): boolean {
  return (
    name === 'vault.json' || name === 'carebinder.db' || /^files\/[0-9a-f]{2}\/[0-9a-f]{32}\.cbf$/.test(name)
  );
}
