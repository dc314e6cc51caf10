/** The font of `.timeline__label` (records.css), without its family, which comes from the page. */
const LABEL_FONT = '600 16px';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Shortens `text` with "…" until it fits `maxWidth` (SVG user units, which equal CSS px at the label's
 * 16px size). Measured in the page's own font, because a character count fits one system's font and
 * runs under the bars on another.
 */
export function fitLabel(text: string, maxWidth: number): string {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text;
  context.font = `${LABEL_FONT} ${getComputedStyle(document.body).fontFamily}`;
  const width = (s: string) => context!.measureText(s).width;
  if (width(text) <= maxWidth) return text;
  let end = text.length - 1;
  while (end > 1 && width(`${text.slice(0, end).trimEnd()}…`) > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
