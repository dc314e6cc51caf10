import type { OcrImage } from '../../ocr/ocr.types.ts';

const INK = 160;
const STRIPS = 8;
// How much more line-like one direction must be than the other before it is believed.
const DECISIVE = 1.4;

/** Normalised variance of ink counts along one axis, averaged over strips cut across the other axis. */
function profileScore(image: OcrImage, alongRows: boolean): number {
  const { gray, width, height } = image;
  const length = alongRows ? height : width;
  const across = alongRows ? width : height;
  let total = 0;
  let counted = 0;
  for (let s = 0; s < STRIPS; s++) {
    const from = Math.floor((s * across) / STRIPS);
    const to = Math.floor(((s + 1) * across) / STRIPS);
    const profile = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      let ink = 0;
      for (let j = from; j < to; j++) {
        const pixel = alongRows ? gray[i * width + j] : gray[j * width + i];
        if ((pixel ?? 255) < INK) ink++;
      }
      profile[i] = ink;
    }
    // Only the span that holds ink: blank margins would inflate both directions alike.
    const first = profile.findIndex((v) => v > 0);
    let last = length - 1;
    while (last > first && profile[last] === 0) last--;
    if (first < 0 || last - first < 8) continue;
    const span = profile.subarray(first, last + 1);
    const mean = span.reduce((a, v) => a + v, 0) / span.length;
    const variance = span.reduce((a, v) => a + (v - mean) ** 2, 0) / span.length;
    total += variance / (mean * mean);
    counted++;
  }
  return counted ? total / counted : 0;
}

/**
 * Whether the text lines on a page run across (horizontal) or up and down (vertical, the page is on
 * its side). Lines of text alternate ink and gap down the page, so the ink profile along the line
 * direction's normal varies strongly; narrow strips keep a slightly skewed photo from smearing it.
 */
export function lineDirection(thumbnail: OcrImage): 'horizontal' | 'vertical' | 'unknown' {
  const rows = profileScore(thumbnail, true);
  const columns = profileScore(thumbnail, false);
  if (rows > columns * DECISIVE) return 'horizontal';
  if (columns > rows * DECISIVE) return 'vertical';
  return 'unknown';
}
