import type { OcrWord } from './ocr.types.ts';

// Tesseract TSV columns: level page block par line word left top width height conf text; level 5 is a word.
const WORD_LEVEL = '5';

/** Reads the word rows of Tesseract's TSV output. */
export function parseTsvWords(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells[0] !== WORD_LEVEL || cells.length < 12) continue;
    const text = cells.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = cells.slice(6, 11).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    words.push({
      text,
      confidence: Math.max(0, Math.min(100, conf)),
      bbox: { x0: left, y0: top, x1: left + width, y1: top + height },
    });
  }
  return words;
}
