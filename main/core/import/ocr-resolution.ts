/**
 * The longest side, in pixels, of the page image OCR reads: a US Letter / A4 page at 300 dpi is about
 * 2550 × 3300, the resolution Tesseract is trained around. Pages are never prepared (or rendered) larger.
 */
export const OCR_LONG_SIDE = 3300;
