import crypto from 'node:crypto';
import { AppError } from '../errors.ts';

/**
 * The printable recovery key: 160 random bits written as 8 groups of 4 characters in Crockford base32
 * (no I, L, O, U, so it survives handwriting). High entropy, so it needs no slow key derivation.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 20;

export function newRecoveryKey(): { text: string; bytes: Buffer } {
  const bytes = crypto.randomBytes(BYTES);
  return { text: formatRecoveryKey(bytes), bytes };
}

function formatRecoveryKey(bytes: Buffer): string {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts what people type: any case, spaces or dashes, and the look-alikes O→0, I/L→1. */
export function parseRecoveryKey(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 32 || [...clean].some((c) => !ALPHABET.includes(c))) {
    throw new AppError(
      'INVALID_INPUT',
      'That recovery key is not complete. It has 32 letters and numbers in 8 groups of 4; check it against your printed copy.',
    );
  }
  let bits = '';
  for (const c of clean) bits += ALPHABET.indexOf(c).toString(2).padStart(5, '0');
  const bytes = Buffer.alloc(BYTES);
  for (let i = 0; i < BYTES; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return bytes;
}
