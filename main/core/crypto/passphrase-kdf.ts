import { hashRaw, type Algorithm } from '@node-rs/argon2';
import crypto from 'node:crypto';
import { AppError } from '../errors.ts';

/** Argon2id parameters as stored in the vault header. */
export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  passes: number;
  parallelism: number;
  salt: string; // base64, 16 bytes
}

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which type stripping cannot read). */
const ARGON2ID = 2 as Algorithm;

/** The floor DESIGN.md §4 sets: a header asking for less is refused, so a tampered header cannot weaken it. */
export const KDF_FLOOR = { memoryKiB: 64 * 1024, passes: 3 } as const;

export function newKdfParams(): KdfParams {
  return {
    algorithm: 'argon2id',
    memoryKiB: KDF_FLOOR.memoryKiB,
    passes: KDF_FLOOR.passes,
    parallelism: 1,
    salt: crypto.randomBytes(16).toString('base64'),
  };
}

export function assertKdfStrongEnough(params: KdfParams): void {
  const salt = Buffer.from(params.salt, 'base64');
  if (
    params.algorithm !== 'argon2id' ||
    params.memoryKiB < KDF_FLOOR.memoryKiB ||
    params.passes < KDF_FLOOR.passes ||
    params.parallelism < 1 ||
    params.memoryKiB > 4 * 1024 * 1024 ||
    params.passes > 64 ||
    salt.length < 16
  ) {
    throw new AppError(
      'VAULT_INTEGRITY',
      'The vault’s settings file asks for weaker protection than CareBinder allows, so it may have been tampered with. Restore the vault from a backup.',
    );
  }
}

/** Derives the key-encryption key from the passphrase (Argon2id; NFC so the same words always match). */
export async function deriveKeyFromPassphrase(passphrase: string, params: KdfParams): Promise<Buffer> {
  assertKdfStrongEnough(params);
  const raw = await hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.passes,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  });
  return Buffer.from(raw);
}
