import { readFile, stat } from 'node:fs/promises';
import { readPortalFile } from '../core/documents/portal-records.service.ts';
import { AppError } from '../core/errors.ts';
import type { DocumentPage } from '../core/import/document-page.ts';
import { resolveLimits } from '../core/import/limits.ts';
import { readDocument } from '../core/import/read-document.ts';
import { REASONS } from '../core/import/refusal.ts';
import { sniffFileType } from '../core/import/sniff.ts';
import type { OcrService } from '../core/ocr/ocr.types.ts';

/** Loads a file for the stateless commands; a file over the size limit is refused before it is read. */
export async function loadFile(file: string): Promise<Uint8Array> {
  const max = resolveLimits().maxFileBytes;
  const info = await stat(file).catch(() => undefined);
  if (!info)
    throw new AppError('NOT_FOUND', 'This file could not be found or opened. Check the name and try again.');
  if (!info.isFile())
    throw new AppError('INVALID_INPUT', 'This is a folder, not a file. Give the document file itself.');
  if (info.size > max) throw new AppError('FILE_REFUSED', REASONS.tooBig(info.size, max));
  return readFile(file);
}

/**
 * The text of any file the app imports, page by page, read exactly as an import reads it: PDF text
 * layers directly, scans and photos by OCR, portal exports through their safe parser.
 */
export async function readFilePages(file: string, ocr: OcrService): Promise<DocumentPage[]> {
  const bytes = await loadFile(file);
  const kind = sniffFileType(bytes).kind;
  if (kind === 'ccda' || kind === 'fhir-json' || kind === 'fhir-ndjson')
    return readPortalFile(bytes, file).pages;
  return (await readDocument(bytes, { ocr, keepImages: false })).pages;
}
