/** OCR confidence (0–100) below which a page's words are flagged as possibly wrong. */
const CLEAR_CONFIDENCE = 80;

/** How well a page was read, in words: text-layer pages were not read by OCR at all. */
export function describePageQuality(page: {
  source: 'text-layer' | 'ocr';
  confidence: number | null;
}): string {
  if (page.source === 'text-layer') return 'Text taken straight from the file';
  if (page.confidence === null) return 'No words could be read on this page';
  return page.confidence >= CLEAR_CONFIDENCE ? 'Read clearly' : 'Some words may be wrong';
}
