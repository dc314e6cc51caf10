import fs from 'node:fs';
import { z } from 'zod';
import { sha256Hex } from '../crypto/aead.ts';
import { realFs, writeFileAtomic, type AtomicFs } from '../fs/atomic-write.ts';
import { AppError } from '../errors.ts';
import { canonicalJson } from './canonical-json.ts';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const slotSchema = z.object({ check: b64.optional(), wrapped: b64 }).strict();

/** The vault's settings file (`vault.json`): public parameters and wrapped copies of the data key. */
export const vaultHeaderSchema = z
  .object({
    format: z.literal('carebinder-vault'),
    version: z.literal(1),
    vaultId: z.string().regex(/^[0-9a-f]{32}$/),
    createdAt: z.string(),
    kdf: z
      .object({
        algorithm: z.literal('argon2id'),
        memoryKiB: z.number().int(),
        passes: z.number().int(),
        parallelism: z.number().int(),
        salt: b64,
      })
      .strict(),
    database: z.object({ cipher: z.literal('sqlcipher'), legacy: z.literal(4) }).strict(),
    slots: z.object({ passphrase: slotSchema, recovery: slotSchema, device: slotSchema.optional() }).strict(),
    /** HMAC over everything above, keyed from the data key: catches a rewritten header with a fixed checksum. */
    mac: b64,
  })
  .strict();

export type VaultHeader = z.infer<typeof vaultHeaderSchema>;
export type SlotName = keyof VaultHeader['slots'];

const damaged = () =>
  new AppError(
    'VAULT_INTEGRITY',
    'The vault’s settings file (vault.json) is damaged or was changed outside CareBinder. Your records were not opened. Restore the vault from a backup.',
  );

/** What the file holds: the header and a SHA-256 of it, so a flipped byte is reported as damage, not a wrong passphrase. */
export function serializeHeader(header: VaultHeader): string {
  return JSON.stringify({ header, checksum: sha256Hex(canonicalJson(header)) }, null, 2) + '\n';
}

export function parseHeader(text: string): VaultHeader {
  let outer: unknown;
  try {
    outer = JSON.parse(text);
  } catch {
    throw damaged();
  }
  const wrapper = z.object({ header: z.unknown(), checksum: z.string() }).strict().safeParse(outer);
  if (!wrapper.success) throw damaged();
  if (!checksumMatches(wrapper.data.header, wrapper.data.checksum)) throw damaged();
  const version = (wrapper.data.header as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > 1) {
    throw new AppError(
      'VAULT_UNSUPPORTED',
      'This vault was made by a newer version of CareBinder. Update CareBinder to open it.',
    );
  }
  const parsed = vaultHeaderSchema.safeParse(wrapper.data.header);
  if (!parsed.success) throw damaged();
  return parsed.data;
}

/**
 * Whether the header hashes to its checksum. canonicalJson recurses, so a tampered file nested thousands of
 * levels deep (no real header is more than three) would overflow the stack: that is damage too.
 */
function checksumMatches(header: unknown, checksum: string): boolean {
  try {
    return sha256Hex(canonicalJson(header)) === checksum;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

export function readHeaderFile(file: string): VaultHeader {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('VAULT_NOT_FOUND', 'There is no CareBinder vault in this folder yet.');
  }
  return parseHeader(text);
}

/** Replaces the settings file atomically (`ops` is the fault-injection seam of the atomic writer). */
export function writeHeaderFile(file: string, header: VaultHeader, ops: AtomicFs = realFs): void {
  writeFileAtomic(file, [Buffer.from(serializeHeader(header))], ops);
}

/**
 * The fields a wrapped key is bound to (its associated data): change any and unwrapping fails. Only the
 * passphrase slot depends on the KDF parameters, so changing the passphrase leaves the other slots valid.
 */
export function headerBinding(
  header: Pick<VaultHeader, 'format' | 'version' | 'vaultId' | 'kdf' | 'database'>,
  slot: SlotName,
): string {
  const { format, version, vaultId, kdf, database } = header;
  return canonicalJson({
    format,
    version,
    vaultId,
    database,
    slot,
    kdf: slot === 'passphrase' ? kdf : undefined,
  });
}

/** The bytes the header MAC covers: everything but the MAC itself. */
export function macInput(header: VaultHeader): string {
  const { mac: _mac, ...rest } = header;
  return canonicalJson(rest);
}
