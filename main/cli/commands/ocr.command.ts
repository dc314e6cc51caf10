import { toErrorShape } from '../../core/errors.ts';
import type { DocumentPage } from '../../core/import/document-page.ts';
import { readDocument } from '../../core/import/read-document.ts';
import { mapWindowed } from '../../core/import/windowed.ts';
import { createTesseractOcrService } from '../../core/ocr/tesseract-ocr.service.ts';
import type { OcrService } from '../../core/ocr/ocr.types.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { UsageError, writeJsonLine, type CliCommand, type CliIo } from '../cli-command.ts';
import { loadFile } from '../read-file-pages.ts';

/** One line of `carebinder ocr --json` output. */
type FileReport =
  | {
      file: string;
      pages: Pick<DocumentPage, 'page' | 'source' | 'text' | 'confidence' | 'failed'>[];
      ms: number;
    }
  | { file: string; error: AppErrorShape };

async function readOne(file: string, ocr: OcrService): Promise<FileReport> {
  const started = performance.now();
  try {
    const bytes = await loadFile(file);
    const { pages } = await readDocument(bytes, { ocr, keepImages: false });
    return {
      file,
      pages: pages.map(({ page, source, text, confidence, failed }) => ({
        page,
        source,
        text,
        confidence,
        ...(failed ? { failed } : {}),
      })),
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    return { file, error: toErrorShape(error) };
  }
}

function printSummary(io: CliIo, report: FileReport): void {
  if ('error' in report) {
    io.stdout(`${report.file}: not read. ${report.error.message}\n`);
    return;
  }
  const ocrPages = report.pages.filter((p) => p.source === 'ocr' && p.confidence !== null);
  const failed = report.pages.filter((p) => p.failed).length;
  const confidence = ocrPages.length
    ? `, OCR confidence ${Math.round(ocrPages.reduce((a, p) => a + (p.confidence ?? 0), 0) / ocrPages.length)}`
    : '';
  io.stdout(
    `${report.file}: ${report.pages.length} page(s), ${report.pages.length - ocrPages.length - failed} from the text layer, ` +
      `${ocrPages.length} by OCR${confidence}${failed ? `, ${failed} unreadable` : ''} (${(report.ms / 1000).toFixed(1)} s)\n`,
  );
  for (const page of report.pages) io.stdout(`--- page ${page.page} ---\n${page.text}\n`);
}

/** `carebinder ocr FILE... [--json]`: reads files statelessly (no vault) and prints their text per page. */
export const ocrCommand: CliCommand = {
  name: 'ocr',
  summary: 'Read the text of PDFs and pictures (OCR where needed) without a vault',
  usage: 'carebinder ocr FILE... [--json]',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values, io }) {
    if (positionals.length === 0) throw new UsageError('Name at least one file to read.');
    const ocr = createTesseractOcrService();
    try {
      const reports: (FileReport | undefined)[] = new Array(positionals.length);
      let printed = 0;
      let failures = 0;
      // Files are read side by side, one more than there are engines, so the next file is being prepared
      // while every engine reads; output keeps input order.
      await mapWindowed(positionals.length, ocr.concurrency + 1, async (index) => {
        reports[index] = await readOne(positionals[index] ?? '', ocr);
        while (printed < reports.length && reports[printed]) {
          const report = reports[printed] as FileReport;
          if ('error' in report) failures++;
          if (values.json) writeJsonLine(io, report);
          else printSummary(io, report);
          reports[printed] = undefined;
          printed++;
        }
      });
      return failures === 0 ? 0 : 1;
    } finally {
      await ocr.close();
    }
  },
};
