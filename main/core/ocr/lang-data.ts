import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Folder holding the bundled English model. `4.0.0_best_int` is the LSTM-only "best" network
 * quantised to 8-bit integers: the most accurate model that ships, 3 MB instead of 11 MB for the
 * legacy+LSTM `4.0.0` folder, and no slower (the LSTM engine is the only one CareBinder runs).
 */
export function englishLangPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json');
  return path.join(path.dirname(pkg), '4.0.0_best_int');
}
