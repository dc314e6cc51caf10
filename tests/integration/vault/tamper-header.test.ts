import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeHeader, type SlotName, type VaultHeader } from '../../../main/core/vault/vault-header.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import {
  createVault,
  setDeviceSlot,
  unlockVault,
  type UnlockMethod,
} from '../../../main/core/vault/vault.service.ts';
import { snapshotFiles, STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';
import { codeOf, flipped } from './tamper-fixtures.ts';

/*
 * Every region of vault.json — magic (format), version, vault id, KDF parameters and salt, each wrapped
 * data-key slot (nonce, ciphertext, tag, check value), the MAC and the checksum — altered two ways:
 *   1. bytes changed on disk (a disk error, a careless edit): the unkeyed SHA-256 checksum refuses every
 *      one before any key is derived, so sweeping every byte costs no Argon2id at all;
 *   2. fields rewritten with the checksum recomputed (someone who knows the format): only the keyed checks
 *      (AEAD slot binding, header MAC) can refuse these. Every byte of every binary field is swept through
 *      the recovery and device slots, which derive no slow key (HKDF / the raw device key) yet recover the
 *      data key and so check the MAC over the *whole* header — the passphrase slot and KDF salt included.
 *      The passphrase path (one real Argon2id per attempt) is run on one change per region.
 */

type Method = 'passphrase' | 'recovery' | 'device';
const METHODS: Method[] = ['passphrase', 'recovery', 'device'];

let root: string;
let dir: string;
let headerFile: string;
let original: Buffer;
let header: VaultHeader;
let otherVaultHeader: Buffer;
let unlockWith: Record<Method, UnlockMethod>;
let filesBefore: Map<string, Buffer>;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-tamper-header-'));
  dir = path.join(root, 'vault');
  const created = await createVault(dir, STRONG_PASSPHRASE);
  const deviceKey = crypto.randomBytes(32);
  setDeviceSlot(created.session, deviceKey);
  created.session.close();
  unlockWith = {
    passphrase: { passphrase: STRONG_PASSPHRASE },
    recovery: { recoveryKey: created.recoveryKey },
    device: { deviceKey },
  };
  headerFile = vaultFile(dir, 'header');
  original = fs.readFileSync(headerFile);
  header = (JSON.parse(original.toString('utf8')) as { header: VaultHeader }).header;
  // A second vault with the same passphrase: its header is valid, just not this vault's.
  const other = await createVault(path.join(root, 'other'), STRONG_PASSPHRASE);
  other.session.close();
  otherVaultHeader = fs.readFileSync(vaultFile(path.join(root, 'other'), 'header'));
  filesBefore = withoutHeader(snapshotFiles(dir));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function withoutHeader(files: Map<string, Buffer>): Map<string, Buffer> {
  files.delete(path.basename(headerFile));
  return files;
}

function unlock(method: Method): Promise<string> {
  return codeOf(async () => (await unlockVault(dir, unlockWith[method])).close());
}

/** Writes a changed header the way someone who knows the format would: with a matching checksum. */
function writeRewritten(change: (h: VaultHeader) => void): void {
  const next = structuredClone(header);
  change(next);
  fs.writeFileSync(headerFile, serializeHeader(next));
}

function flipBase64(value: string, index: number): string {
  return flipped(Buffer.from(value, 'base64'), index).toString('base64');
}

function slot(h: VaultHeader, name: SlotName) {
  const entry = h.slots[name];
  if (!entry) throw new Error(`no ${name} slot`);
  return entry;
}

describe('the vault header under tampering', () => {
  it('every byte of vault.json changed on disk, every truncation and appended text is refused as damage', async () => {
    const wrong: string[] = [];
    const expectDamage = async (label: string, bytes: Buffer) => {
      fs.writeFileSync(headerFile, bytes);
      const code = await unlock('passphrase');
      if (code !== 'VAULT_INTEGRITY') wrong.push(`${label}: ${code}`);
    };
    for (let i = 0; i < original.length; i++) {
      // A low bit everywhere; letter case too where it is a letter (hex checksum, base64, names).
      await expectDamage(`byte ${i} ^ 1`, flipped(original, i));
      if (/[A-Za-z]/.test(String.fromCharCode(original[i]!)))
        await expectDamage(`byte ${i} case`, flipped(original, i, 0x20));
      // No longer valid UTF-8, and cuts (every 8th length suffices: any cut leaves the JSON unclosed).
      if (i % 8 === 0) {
        await expectDamage(`byte ${i} ^ 0x80`, flipped(original, i, 0x80));
        await expectDamage(`cut to ${i} bytes`, original.subarray(0, i));
      }
    }
    await expectDamage('text appended', Buffer.concat([original, Buffer.from('{}')]));
    expect(wrong).toEqual([]);
  });

  it('each field rewritten with a valid checksum is refused by every way of unlocking', async () => {
    const W = 'WRONG_PASSPHRASE';
    interface Rewrite {
      region: string;
      change: (h: VaultHeader) => void;
      /** Where the answer is not VAULT_INTEGRITY, and why. */
      otherwise?: Partial<Record<Method, string>>;
      /** Default: all three. */
      methods?: Method[];
    }
    // The passphrase path costs a real Argon2id per attempt. It runs every change that reaches one of its
    // own steps (KDF parameters, the bound fields, its own slot) and one change per other slot; the rest
    // of another slot reaches it only through the header MAC, which the two cheap paths check alike.
    const cheapOnly: Method[] = ['recovery', 'device'];
    const rewrites: Rewrite[] = [
      { region: 'format (magic)', change: (h) => void (h.format = 'carebinder-vaulT' as never) },
      { region: 'version lowered', change: (h) => void (h.version = 0 as never) },
      {
        region: 'version raised',
        change: (h) => void (h.version = 2 as never),
        // Refused as "made by a newer CareBinder": fail closed with its own specific code.
        otherwise: {
          passphrase: 'VAULT_UNSUPPORTED',
          recovery: 'VAULT_UNSUPPORTED',
          device: 'VAULT_UNSUPPORTED',
        },
      },
      {
        region: 'vault id',
        change: (h) => void (h.vaultId = flipped(Buffer.from(h.vaultId, 'hex'), 0).toString('hex')),
        // The vault id salts the recovery key's KEK: a different id is a different key, not a detectable change.
        otherwise: { recovery: W },
      },
      { region: 'created at', change: (h) => void (h.createdAt = '2001-01-01T00:00:00.000Z') },
      { region: 'KDF algorithm', change: (h) => void (h.kdf.algorithm = 'argon2i' as never) },
      { region: 'KDF memory under the floor', change: (h) => void (h.kdf.memoryKiB = 8 * 1024) },
      { region: 'KDF passes under the floor', change: (h) => void (h.kdf.passes = 1) },
      // Stronger KDF settings or another salt give another KEK: without the key nobody can tell that from
      // a mistyped passphrase. It still fails closed, and the recovery key names the change.
      {
        region: 'KDF memory raised',
        change: (h) => void (h.kdf.memoryKiB += 1024),
        otherwise: { passphrase: W },
      },
      { region: 'KDF passes raised', change: (h) => void (h.kdf.passes += 1), otherwise: { passphrase: W } },
      {
        region: 'KDF parallelism',
        change: (h) => void (h.kdf.parallelism = 2),
        otherwise: { passphrase: W },
      },
      {
        region: 'KDF salt',
        change: (h) => void (h.kdf.salt = flipBase64(h.kdf.salt, 0)),
        otherwise: { passphrase: W },
      },
      { region: 'database cipher', change: (h) => void (h.database.cipher = 'chacha20' as never) },
      { region: 'database cipher version', change: (h) => void (h.database.legacy = 3 as never) },
      ...(['passphrase', 'recovery', 'device'] as const).flatMap((name): Rewrite[] => [
        ...(
          [
            ['nonce', 0],
            ['nonce', 11],
            ['ciphertext', 12],
            ['ciphertext', 43],
            ['tag', 44],
            ['tag', 59],
          ] as const
        ).map(([part, byte]) => ({
          region: `${name} slot ${part} (byte ${byte})`,
          methods: name === 'passphrase' || (part === 'tag' && byte === 59) ? METHODS : cheapOnly,
          change: (h: VaultHeader) => void (slot(h, name).wrapped = flipBase64(slot(h, name).wrapped, byte)),
        })),
        {
          region: `${name} slot check value`,
          methods: name === 'passphrase' ? METHODS : cheapOnly,
          // The right key still opens the slot's wrapped key, so a check value that disagrees with it is
          // named as damage rather than as the wrong key (main/core/vault/vault-keys.ts).
          change: (h: VaultHeader) => void (slot(h, name).check = flipBase64(slot(h, name).check!, 0)),
        },
        {
          region: `${name} slot check value removed`,
          methods: name === 'passphrase' ? METHODS : cheapOnly,
          change: (h: VaultHeader) => void delete slot(h, name).check,
        },
      ]),
      {
        region: 'wrapped keys of two slots swapped',
        change: (h) => {
          const p = slot(h, 'passphrase').wrapped;
          slot(h, 'passphrase').wrapped = slot(h, 'recovery').wrapped;
          slot(h, 'recovery').wrapped = p;
        },
      },
      {
        region: 'device slot removed',
        change: (h) => void delete h.slots.device,
        // Indistinguishable from "forget this computer" without a key; the other two slots catch it via the MAC.
        otherwise: { device: W },
      },
      { region: 'MAC', change: (h) => void (h.mac = flipBase64(h.mac, 0)) },
      { region: 'unknown field', change: (h) => void Object.assign(h.slots, { spare: slot(h, 'recovery') }) },
    ];
    const wrong: string[] = [];
    for (const { region, change, otherwise, methods } of rewrites) {
      writeRewritten(change);
      for (const method of methods ?? METHODS) {
        const code = await unlock(method);
        const expected = otherwise?.[method] ?? 'VAULT_INTEGRITY';
        if (code !== expected) wrong.push(`${region} via ${method}: ${code}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every byte of every key, salt, check value and MAC rewritten with a valid checksum is refused', async () => {
    const fields: { name: string; bytes: number; set: (h: VaultHeader, i: number) => void }[] = [
      {
        name: 'vault id',
        bytes: 16,
        set: (h, i) => void (h.vaultId = flipped(Buffer.from(h.vaultId, 'hex'), i).toString('hex')),
      },
      { name: 'KDF salt', bytes: 16, set: (h, i) => void (h.kdf.salt = flipBase64(h.kdf.salt, i)) },
      { name: 'MAC', bytes: 32, set: (h, i) => void (h.mac = flipBase64(h.mac, i)) },
      ...(['passphrase', 'recovery', 'device'] as const).flatMap((name) => [
        {
          name: `${name} slot`,
          bytes: 60,
          set: (h: VaultHeader, i: number) =>
            void (slot(h, name).wrapped = flipBase64(slot(h, name).wrapped, i)),
        },
        {
          name: `${name} check`,
          bytes: 16,
          set: (h: VaultHeader, i: number) =>
            void (slot(h, name).check = flipBase64(slot(h, name).check!, i)),
        },
      ]),
    ];
    // As in the previous test: the KEK of the recovery slot is salted with the vault id, so a changed id
    // reads as the wrong key (closed, but not named as damage).
    const wrongKey = new Set(['recovery:vault id']);
    const wrong: string[] = [];
    let attempts = 0;
    for (const field of fields) {
      for (let i = 0; i < field.bytes; i++) {
        writeRewritten((h) => field.set(h, i));
        for (const method of ['recovery', 'device'] as const) {
          attempts++;
          const code = await unlock(method);
          const expected = wrongKey.has(`${method}:${field.name}`) ? 'WRONG_PASSPHRASE' : 'VAULT_INTEGRITY';
          if (code !== expected) wrong.push(`${field.name} byte ${i} via ${method}: ${code}`);
        }
      }
    }
    expect(attempts).toBe(2 * (16 + 16 + 32 + 3 * (60 + 16)));
    expect(wrong).toEqual([]);
  });

  it('a valid header from another vault with the same passphrase does not open this vault’s records', async () => {
    fs.writeFileSync(headerFile, otherVaultHeader);
    expect(await unlock('passphrase')).toBe('VAULT_INTEGRITY');
  });

  it('refusing never touched the records, and the untouched header still opens every way', async () => {
    const after = withoutHeader(snapshotFiles(dir));
    expect([...after.keys()].sort()).toEqual([...filesBefore.keys()].sort());
    for (const [name, bytes] of filesBefore) expect(after.get(name)!.equals(bytes), name).toBe(true);
    fs.writeFileSync(headerFile, original);
    for (const method of METHODS) expect(await unlock(method), method).toBe('no error');
  });
});
