/**
 * OCR-tolerant views of a document's text. Scanned pages come back with broken spacing
 * ("SURG ICAL PATH OLOGY"), case noise and look-alike characters (0/O, 1/l/I, 5/S, rn/m). Both the
 * hand-written rules and the statistical model read these canonical views so that such damage does not
 * change what they see.
 */

/** Lower-cases and folds the look-alike characters OCR confuses into one representative each. */
export function canonicalLetters(word: string): string {
  return word
    .toLowerCase()
    .replace(/[0]/g, 'o')
    .replace(/[1i|!]/g, 'l')
    .replace(/[5]/g, 's')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^a-z]/g, '');
}

/**
 * The text as one run of canonical letters with spacing and punctuation removed, plus where each letter
 * came from (so a match can be shown to people as the original words) and where each line begins.
 */
export interface SquashedText {
  letters: string;
  /** For each index of `letters`, where in the original text its word starts and ends. */
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** 1 at indices of `letters` where a word starts; index `letters.length` counts as a word end. */
  isWordStart: Uint8Array;
  /** Indices of `letters` at which a line's first word starts. */
  lineStarts: Set<number>;
}

// A token is a run of letters/digits; a '|' or '!' glued to letters is an OCR'd "l" and belongs to it.
const TOKEN = /[A-Za-z0-9]+(?:[|!][A-Za-z0-9]+)*[|!]?|[|!][A-Za-z][A-Za-z0-9]*/g;

/** Builds the squashed view. Pure digit runs (dates, numbers, list numbering) are left out. */
export function squashText(text: string): SquashedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lineStarts = new Set<number>();
  let length = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let first = true;
    for (const m of line.matchAll(TOKEN)) {
      const raw = m[0];
      if (!/[A-Za-z]/.test(raw)) continue;
      const canon = canonicalLetters(raw);
      if (!canon) continue;
      if (first) lineStarts.add(length);
      first = false;
      parts.push(canon);
      const at = lineStart + (m.index ?? 0);
      for (let k = 0; k < canon.length; k++) {
        starts.push(at);
        ends.push(at + raw.length);
      }
      length += canon.length;
    }
    lineStart += line.length + 1;
  }
  const isWordStart = new Uint8Array(length + 1);
  for (let k = 0; k < length; k++) if (k === 0 || starts[k] !== starts[k - 1]) isWordStart[k] = 1;
  isWordStart[length] = 1;
  return {
    letters: parts.join(''),
    wordStart: Int32Array.from(starts),
    wordEnd: Int32Array.from(ends),
    isWordStart,
    lineStarts,
  };
}

/** A word as the model sees it (`key`) and as it is written in the document (`raw`). */
export interface ModelToken {
  key: string;
  raw: string;
}

/** Word tokens for the statistical model: lower-case, OCR digits inside words folded to letters, numbers as shapes. */
export function modelTokens(text: string): ModelToken[] {
  const out: ModelToken[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+(?:[|!'][A-Za-z0-9]+)*/g)) {
    const raw = m[0];
    if (/^[0-9]+$/.test(raw)) {
      out.push({ key: raw.length <= 2 ? '#n' : raw.length === 4 ? '#yyyy' : '#nnn', raw });
      continue;
    }
    const letters = (raw.match(/[A-Za-z]/g) ?? []).length;
    // Mostly-letter tokens with stray digits are OCR damage ("PATH0LOGY"); digit-heavy ones are codes ("T12").
    const key = letters >= raw.length - 1 ? canonicalLetters(raw) : raw.toLowerCase().replace(/[0-9]/g, '#');
    if (key) out.push({ key, raw });
  }
  return out;
}
