import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** Bundled DejaVu Sans (Bitstream Vera licence, see resources/fonts/LICENSE-DejaVu.txt): wide Unicode coverage. */
const FONT_DIR = path.resolve(import.meta.dirname, '../../../resources/fonts');

let files: { regular: Buffer; bold: Buffer } | null = null;

/** The two faces the packet is set in. */
export interface PacketFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * Embeds the packet fonts, subset to the glyphs used: real Unicode text (accents, ≥, µ) that stays
 * selectable and searchable, unlike the 14 standard fonts limited to WinAnsi.
 */
export async function embedPacketFonts(pdf: PDFDocument): Promise<PacketFonts> {
  files ??= {
    regular: fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  pdf.registerFontkit(fontkit);
  return {
    regular: await pdf.embedFont(files.regular, { subset: true }),
    bold: await pdf.embedFont(files.bold, { subset: true }),
  };
}

/** Text safe to draw: tabs as spaces, other control characters dropped (they have no glyph). */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/\t/g, '    ').replace(/[\u0000-\u001f\u007f-\u009f\u200b\ufeff]/g, '');
}
