import type { OcrBox, OcrWord } from '../ocr/ocr.types.ts';

/** What replaces a removed number in text. */
export const REDACTED = '[removed]';

// 123-45-6789 / 123 45 6789, and nine bare digits only when labelled as a Social Security number.
const SSN_DASHED = /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g;
const SSN_LABELLED = /\b(?:SSN|SS#|Social\s+Security(?:\s+(?:No\.?|Number|#))?)\s*[:#]?\s*(\d{9})\b/gi;
// An insurance member/subscriber/policy id: the value after its label (letters and digits, 5–20 long).
const MEMBER_ID =
  /\b(?:Member|Subscriber|Policy|Insurance|Medicare|Medicaid|Beneficiary)\s*(?:ID|No\.?|Number|#)\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,19}[A-Z0-9])\b/gi;

/** The Social Security numbers and insurance member ids printed in `text`, as written. */
export function findSensitiveNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(SSN_DASHED)) found.add(m[0]);
  for (const m of text.matchAll(SSN_LABELLED)) if (m[1]) found.add(m[1]);
  for (const m of text.matchAll(MEMBER_ID)) if (m[1] && /\d/.test(m[1])) found.add(m[1]);
  return [...found];
}

/** The text with every found number replaced by "[removed]"; returns how many were removed. */
export function redactText(text: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  for (const value of findSensitiveNumbers(text).sort((a, b) => b.length - a.length)) {
    out = out.split(value).join(REDACTED);
    count++;
  }
  return { text: out, count };
}

const alnum = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

/**
 * The OCR word boxes that spell one of `values`: runs of consecutive words whose letters and digits,
 * joined, contain the value (OCR often splits "123-45-6789" or glues it to its label).
 */
export function boxesToBlackOut(words: OcrWord[], values: string[]): OcrBox[] {
  const targets = values.map(alnum).filter((t) => t.length >= 4);
  const boxes: OcrBox[] = [];
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < 64; j++) {
      joined += alnum(words[j]!.text);
      const hit = targets.find((t) => joined.includes(t));
      if (hit) {
        boxes.push(...words.slice(i, j + 1).map((w) => w.bbox));
        i = j;
        break;
      }
      if (!targets.some((t) => isPrefixOverlap(joined, t))) break;
    }
  }
  return boxes;
}

/** True when some suffix of `joined` is a prefix of `target` (the run may still complete it). */
function isPrefixOverlap(joined: string, target: string): boolean {
  for (let k = Math.max(0, joined.length - target.length); k < joined.length; k++)
    if (target.startsWith(joined.slice(k))) return true;
  return false;
}
