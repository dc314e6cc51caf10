import { degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** Room added above the first page of an appended document for its header, and below every page for the footer. */
export const HEADER_BAND = 26;
export const FOOTER_BAND = 20;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rotationOf(page: PDFPage): 0 | 90 | 180 | 270 {
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as number;
  return angle === 90 || angle === 180 || angle === 270 ? angle : 0;
}

/**
 * Grows a copied page at its visual top and bottom (whatever its /Rotate) so the packet's header and
 * footer sit in new margin and never cover the original content.
 */
export function extendPage(page: PDFPage, top: number, bottom: number): void {
  const { x, y, width, height } = page.getCropBox();
  const box: Box = { x, y, width, height };
  switch (rotationOf(page)) {
    case 0:
      box.y -= bottom;
      box.height += top + bottom;
      break;
    case 90:
      box.x -= top;
      box.width += top + bottom;
      break;
    case 180:
      box.y -= top;
      box.height += top + bottom;
      break;
    case 270:
      box.x -= bottom;
      box.width += top + bottom;
      break;
  }
  page.setMediaBox(box.x, box.y, box.width, box.height);
  page.setCropBox(box.x, box.y, box.width, box.height);
}

/** The page as the reader sees it: width and height after /Rotate. */
export function visualSize(page: PDFPage): { width: number; height: number } {
  const { width, height } = page.getCropBox();
  return rotationOf(page) % 180 ? { width: height, height: width } : { width, height };
}

/**
 * Draws one line of text at a position given in the reader's view (origin bottom left of the visible
 * page), mapped into the page's own coordinates for its rotation.
 */
export function drawVisualText(
  page: PDFPage,
  text: string,
  at: { x: number; y: number; size: number; font: PDFFont; gray?: number },
): void {
  const { x, y, width, height } = page.getCropBox();
  const r = rotationOf(page);
  const point =
    r === 0
      ? { x: x + at.x, y: y + at.y }
      : r === 90
        ? { x: x + width - at.y, y: y + at.x }
        : r === 180
          ? { x: x + width - at.x, y: y + height - at.y }
          : { x: x + at.y, y: y + height - at.x };
  const shade = at.gray ?? 0.3;
  page.drawText(text, {
    ...point,
    size: at.size,
    font: at.font,
    color: rgb(shade, shade, shade),
    rotate: degrees(r),
  });
}

/** Shortens `text` with an ellipsis so it fits `maxWidth` at `size`. */
export function fitText(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (font.widthOfTextAtSize(text.slice(0, mid) + '…', size) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low) + '…';
}
