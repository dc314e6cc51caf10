import { createWorker, OEM, PSM } from 'tesseract.js';
import { englishLangPath } from './lang-data.ts';
import type { OcrDriver, OcrDriverFactory, OcrImage, OcrPageResult } from './ocr.types.ts';
import { toPgm } from './pgm.ts';
import { parseTsvWords } from './tsv.ts';

/** Resolution CareBinder prepares pages at; telling the engine avoids its own estimate (and its log line). */
export const OCR_IMAGE_DPI = 300;

// PSM 3 (automatic layout) keeps columns and tables in reading order; on these pages it costs no more
// than single-block mode and makes fewer errors. Parameters measured in main/bench/ocr.bench.ts.
const PARAMETERS = {
  tessedit_pageseg_mode: PSM.AUTO,
  user_defined_dpi: String(OCR_IMAGE_DPI),
};

/**
 * A tesseract.js driver: one worker thread running the LSTM engine on the bundled English model,
 * read from the package folder, with the language-data cache switched off so nothing is written to disk
 * and nothing is fetched.
 */
export const createTesseractDriver: OcrDriverFactory = async (): Promise<OcrDriver> => {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: englishLangPath(),
    cacheMethod: 'none',
    gzip: true,
    legacyCore: false,
    legacyLang: false,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  await worker.setParameters(PARAMETERS);
  return {
    async recognize(image: OcrImage): Promise<OcrPageResult> {
      const { data } = await worker.recognize(Buffer.from(toPgm(image)), {}, { text: true, tsv: true });
      const words = parseTsvWords(data.tsv ?? '');
      const text = (data.text ?? '').replace(/\n{3,}/g, '\n\n').trim();
      return { text, confidence: words.length ? data.confidence : 0, words };
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
};
