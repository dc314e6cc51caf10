/**
 * A passphrase strength estimate shared by the strength meter and the core's refusal of weak passphrases.
 * It estimates guessing entropy from length and character variety, and heavily discounts common
 * passwords, repeats and sequences — the patterns attackers try first.
 */
export interface PassphraseStrength {
  /** 0 very weak … 4 very strong; the vault accepts 2 and above. */
  score: 0 | 1 | 2 | 3 | 4;
  label: 'Very weak' | 'Weak' | 'Fair' | 'Strong' | 'Very strong';
  /** One plain-language suggestion, or null when there is nothing to improve. */
  hint: string | null;
}

export const MIN_ACCEPTED_SCORE = 2;
export const MIN_PASSPHRASE_LENGTH = 10;

const COMMON = [
  'password',
  'passw0rd',
  'letmein',
  'welcome',
  'qwerty',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'abc123',
  'admin',
  'carebinder',
  '123456',
  'trustno1',
];

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

function charsetSize(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/\d/.test(text)) size += 10;
  if (/[^a-zA-Z0-9]/.test(text)) size += 20;
  return Math.max(size, 1);
}

/** Length after collapsing runs ("aaaa") and straight sequences ("1234", "abcd"), which add almost nothing. */
function effectiveLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const prev = text.charCodeAt(i - 1);
    const cur = text.charCodeAt(i);
    const repeat = i > 0 && cur === prev;
    const step = i > 0 && Math.abs(cur - prev) === 1;
    length += repeat || step ? 0.25 : 1;
  }
  return length;
}

export function assessPassphrase(passphrase: string): PassphraseStrength {
  const lower = passphrase.toLowerCase();
  let bits = effectiveLength(passphrase) * Math.log2(charsetSize(passphrase));
  const common = COMMON.find((word) => lower.includes(word));
  if (common) bits -= common.length * Math.log2(charsetSize(common));
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((w) => w.length >= 3).length;
  if (words >= 4) bits = Math.max(bits, 60);

  let score: PassphraseStrength['score'] = bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) score = Math.min(score, 1) as 0 | 1;

  let hint: string | null = null;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) hint = `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  else if (common) hint = 'Avoid common passwords; a few unrelated words work well.';
  else if (score < 3) hint = 'Add another word or two — a short sentence only you would think of is best.';
  return { score, label: LABELS[score], hint };
}
