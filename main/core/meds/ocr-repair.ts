/**
 * Undoes the OCR confusions that break medication reading, conservatively: letters inside numbers
 * ("2O mg" → "20 mg", "O5/06/2O24" → "05/06/2024"), digits inside words ("tab1et" → "tablet", "B1D" →
 * "BID"), and look-alike letters in the small vocabulary of directions ("rnouth" → "mouth", "rng" → "mg").
 * Drug names are left alone: the drug-name lookup has its own tolerance for close spellings.
 */

/** Words of directions whose damaged forms are repaired (only when the damaged form is not itself a word here). */
const SIG_WORDS = new Set([
  'mg',
  'mcg',
  'ml',
  'mouth',
  'times',
  'time',
  'meals',
  'meal',
  'tablet',
  'tablets',
  'tab',
  'tabs',
  'capsule',
  'capsules',
  'cap',
  'caps',
  'daily',
  'nightly',
  'bedtime',
  'every',
  'twice',
  'hours',
  'hour',
  'weekly',
  'week',
  'weeks',
  'month',
  'monthly',
  'morning',
  'evening',
  'units',
  'unit',
  'take',
  'inject',
  'inhale',
  'apply',
  'needed',
  'orally',
  'with',
  'day',
  'days',
  'refills',
  'medication',
  'medications',
  'while',
  'meds',
  'oral',
  'mouth',
  'po',
  'bid',
  'tid',
  'qid',
  'qd',
  'qhs',
  'prn',
  'milligrams',
]);

// A run of digits with O/o/I/l/| mixed in, standing alone or right before a unit ("2O", "3OOmg", "O5").
const NUMBER_LIKE = /(?<![A-Za-z])[0-9OoIl|]*[0-9][0-9OoIl|]*(?=[^A-Za-z]|$|mg\b|mcg\b|ml\b|g\b|rng\b)/g;

function fixNumber(token: string): string {
  return token.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
}

/**
 * A word starting with a letter whose only digits are 1s and 0s, fewer than its letters ("tab1et", "B1D",
 * "dai1y"), gets letters back; codes like "B12", "HER2", "C1D1" or "Q1H" are left as they are.
 */
function fixWord(token: string): string {
  const digits = token.replace(/[^0-9]/g, '');
  if (
    !/^[A-Za-z]/.test(token) ||
    !digits ||
    /[2-9]/.test(digits) ||
    digits.length >= token.length - digits.length
  )
    return token;
  const upper = token === token.toUpperCase();
  const fixed = token.replace(/1/g, upper ? 'I' : 'l').replace(/0/g, upper ? 'O' : 'o');
  // Short codes are only repaired into words of directions ("B1D" → "BID"; "Q1H" stays every hour).
  return token.length - digits.length >= 4 || SIG_WORDS.has(fixed.toLowerCase()) ? fixed : token;
}

/** The look-alike spellings of a word: rn ↔ m, vv ↔ w, cl ↔ d, li ↔ h. */
function lookAlike(word: string): string | null {
  const lower = word.toLowerCase();
  if (SIG_WORDS.has(lower)) return null;
  for (const [from, to] of [
    [/rn/g, 'm'],
    [/vv/g, 'w'],
    [/cl/g, 'd'],
    [/li/g, 'h'],
  ] as const) {
    const candidate = lower.replace(from, to);
    if (candidate !== lower && SIG_WORDS.has(candidate))
      return word === word.toUpperCase() ? candidate.toUpperCase() : candidate;
  }
  return null;
}

/** A line with OCR look-alikes repaired in numbers and in the words of directions. */
export function repairOcrLine(line: string): string {
  return line
    .replace(NUMBER_LIKE, fixNumber)
    .replace(/\b[A-Za-z][A-Za-z0-9]*\b/g, fixWord)
    .replace(/[A-Za-z]+/g, (w) => lookAlike(w) ?? w);
}
