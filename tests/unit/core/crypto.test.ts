import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ChunkSealer,
  openAll,
  sealAll,
  ChunkIntegrityError,
} from '../../../main/core/crypto/chunked-seal.ts';
import { newRecoveryKey, parseRecoveryKey } from '../../../main/core/crypto/recovery-key.ts';
import { assertKdfStrongEnough, newKdfParams } from '../../../main/core/crypto/passphrase-kdf.ts';
import { assessPassphrase } from '../../../shared/passphrase-strength.ts';

describe('chunked sealing', () => {
  const key = crypto.randomBytes(32);
  const context = Buffer.from('vault-1');
  const fileId = crypto.randomBytes(16);

  it('round-trips any size, including empty and exact chunk multiples', () => {
    for (const size of [0, 1, 65_535, 65_536, 65_537, 200_000]) {
      const plain = crypto.randomBytes(size);
      expect(openAll(key, context, Buffer.concat(sealAll(key, context, fileId, plain))).equals(plain)).toBe(
        true,
      );
    }
  });

  it('streams in pieces the same as all at once', () => {
    const plain = crypto.randomBytes(150_000);
    const sealer = new ChunkSealer(key, context, fileId);
    const parts = [
      ...sealer.push(plain.subarray(0, 7)),
      ...sealer.push(plain.subarray(7, 90_000)),
      ...sealer.push(plain.subarray(90_000)),
      ...sealer.finish(),
    ];
    expect(openAll(key, context, Buffer.concat(parts)).equals(plain)).toBe(true);
  });

  it('refuses another vault’s context or key', () => {
    const sealed = Buffer.concat(sealAll(key, context, fileId, Buffer.from('x')));
    expect(() => openAll(key, Buffer.from('vault-2'), sealed)).toThrow(ChunkIntegrityError);
    expect(() => openAll(crypto.randomBytes(32), context, sealed)).toThrow(ChunkIntegrityError);
  });
});

describe('recovery key', () => {
  it('round-trips and tolerates how people retype it', () => {
    const { text, bytes } = newRecoveryKey();
    expect(parseRecoveryKey(text).equals(bytes)).toBe(true);
    expect(parseRecoveryKey(text.toLowerCase().replace(/-/g, ' ')).equals(bytes)).toBe(true);
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow(/not complete/);
  });
});

describe('KDF floor', () => {
  it('refuses parameters weaker than 64 MiB and 3 passes', () => {
    expect(() => assertKdfStrongEnough(newKdfParams())).not.toThrow();
    expect(() => assertKdfStrongEnough({ ...newKdfParams(), memoryKiB: 1024 })).toThrow(/weaker/);
    expect(() => assertKdfStrongEnough({ ...newKdfParams(), passes: 1 })).toThrow(/weaker/);
  });
});

describe('passphrase strength', () => {
  it('rates short and common passphrases weak, and long ones strong', () => {
    expect(assessPassphrase('abc').score).toBe(0);
    expect(assessPassphrase('password123').score).toBeLessThan(2);
    expect(assessPassphrase('aaaaaaaaaaaaaaaa').score).toBeLessThan(2);
    expect(assessPassphrase('correct horse battery staple').score).toBeGreaterThanOrEqual(3);
    expect(assessPassphrase('Tulips&Rain-2031!').score).toBeGreaterThanOrEqual(2);
  });
});
