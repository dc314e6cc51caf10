import path from 'node:path';

/**
 * Folder holding the bundled English model (`resources/ocr/eng.traineddata.gz`, tessdata_fast): the
 * LSTM network the native tesseract program uses — as accurate as `best_int` on our pages and about a
 * quarter faster (see resources/ocr/README.md). Read from disk: nothing is ever downloaded. In the
 * packaged app the OCR workers read the unpacked copy (electron-builder's asarUnpack), not the archive.
 */
export function englishLangPath(): string {
  const folder = path.resolve(import.meta.dirname, '../../../resources/ocr');
  return folder.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
}
