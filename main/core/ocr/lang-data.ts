import path from 'node:path';

/**
 * Folder holding the bundled English model (`resources/ocr/eng.traineddata.gz`, tessdata_fast): the
 * LSTM network the native tesseract program uses — as accurate as `best_int` on our pages and about a
 * quarter faster (see resources/ocr/README.md). Read from disk: nothing is ever downloaded.
 */
export function englishLangPath(): string {
  return path.resolve(import.meta.dirname, '../../../resources/ocr');
}
