import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORY_LABELS } from '../../../shared/categories.ts';
import { classifyText } from '../../core/classify/classifier.ts';
import { AppError, toErrorShape } from '../../core/errors.ts';
import { extractDocumentDate } from '../../core/extract/document-date.ts';
import { extractPatientIdentity } from '../../core/extract/patient-identity.ts';
import { extractFacility } from '../../core/extract/provenance.ts';
import { UsageError, writeJsonLine, type CliCommand } from '../cli-command.ts';

/** Turns a file into the text to classify. */
export type ReadDocumentText = (file: string) => Promise<string>;

/** Larger text files are not medical documents worth classifying whole. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** Reads a plain-text file (the only kind accepted until PDFs and images go through OCR). */
export async function readTextFile(file: string): Promise<string> {
  if (path.extname(file).toLowerCase() !== '.txt') {
    throw new AppError(
      'FILE_REFUSED',
      'Only .txt files can be classified for now. Save the document as plain text and try again.',
    );
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new AppError('NOT_FOUND', 'The file could not be found. Check the name and try again.');
  }
  if (size > MAX_TEXT_BYTES) {
    throw new AppError('FILE_REFUSED', 'The file is too large to be a single document (over 20 MB).');
  }
  return readFile(file, 'utf8');
}

/** `carebinder classify FILE... [--json]`, reading each file with `readText`. */
export function createClassifyCommand(readText: ReadDocumentText = readTextFile): CliCommand {
  return {
    name: 'classify',
    summary: 'Suggest the checklist category of documents, with evidence and key facts',
    usage: 'carebinder classify FILE... [--json]',
    options: { json: { type: 'boolean' } },
    run: async ({ positionals, values, io }) => {
      if (positionals.length === 0) throw new UsageError('Name at least one file to classify.');
      let failed = false;
      for (const file of positionals) {
        try {
          const text = await readText(file);
          const result = classifyText(text);
          const identity = extractPatientIdentity(text);
          const date = extractDocumentDate(
            text,
            identity?.birthDate ? { excludeDates: [identity.birthDate] } : {},
          );
          const facility = extractFacility(text);
          if (values.json) {
            writeJsonLine(io, {
              file,
              category: result.category,
              confidence: Math.round(result.confidence * 1000) / 1000,
              needsReview: result.needsReview,
              scores: Object.fromEntries(
                Object.entries(result.scores).map(([c, p]) => [c, Math.round(p * 1000) / 1000]),
              ),
              evidence: result.evidence,
              date,
              patient: identity ? { name: identity.name, birthDate: identity.birthDate } : null,
              facility,
            });
          } else {
            const review = result.needsReview ? '  (needs review)' : '';
            io.stdout(
              `${file}: ${CATEGORY_LABELS[result.category]} ${Math.round(result.confidence * 100)}%${review}\n` +
                `  date: ${date ?? 'not found'}   facility: ${facility ?? 'not found'}\n` +
                `  evidence: ${result.evidence.join('; ') || 'none'}\n`,
            );
          }
        } catch (error) {
          failed = true;
          const shape = toErrorShape(error);
          if (values.json) writeJsonLine(io, { file, error: shape });
          else io.stderr(`${file}: ${shape.message}\n`);
        }
      }
      return failed ? 1 : 0;
    },
  };
}

/** The command with plain-text reading. */
export const classifyCommand: CliCommand = createClassifyCommand();
