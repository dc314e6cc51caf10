/** The pieces of pdf.js text content this module reads. */
export interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** Joins a page's text items in reading order, breaking lines where pdf.js marks an end of line. */
export function joinTextItems(items: readonly TextItemLike[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Fewer letters and digits than this and the page is treated as a scan (a stamp or page number alone).
const MIN_WORD_CHARS = 20;

/**
 * Whether a text layer is worth trusting instead of OCR: enough letters/digits, and not mostly
 * replacement or private-use characters (what badly embedded fonts produce).
 */
export function isUsableTextLayer(text: string): boolean {
  const wordChars = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (wordChars < MIN_WORD_CHARS) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly the garbage counted here
  const garbage = text.match(/[\uFFFD\uE000-\uF8FF]|[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  return garbage / (wordChars + garbage) < 0.1;
}
