import crypto from 'node:crypto';

/**
 * A 64-bit SimHash of a text's word 3-grams, as 16 hex digits. Two scans of the same paper, or the same
 * report exported twice, differ in a few OCR errors and land a few bits apart; unrelated texts ~32.
 */
export function textFingerprint(text: string): string | null {
  const words = text.toLowerCase().match(/[a-z0-9]{2,}/g) ?? [];
  if (words.length < 8) return null;
  const weights = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < words.length; i++) {
    const hash = crypto
      .createHash('md5')
      .update(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
      .digest();
    for (let bit = 0; bit < 64; bit++) weights[bit]! += (hash[bit >> 3]! >> (bit & 7)) & 1 ? 1 : -1;
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (weights[nibble * 4 + b]! > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two fingerprints. */
export function fingerprintDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

/** At or below this distance two documents are treated as the same text. */
export const NEAR_DUPLICATE_BITS = 3;
