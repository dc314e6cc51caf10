import { CATEGORY_LABELS } from '../../../shared/categories.ts';
import { classifyText } from '../../core/classify/classifier.ts';
import { toErrorShape } from '../../core/errors.ts';
import { readFilePages } from '../read-file-pages.ts';
import { lazyOcr } from '../lazy-ocr.ts';
import { extractDocumentDate } from '../../core/extract/document-date.ts';
import { extractPatientIdentity } from '../../core/extract/patient-identity.ts';
import { extractFacility } from '../../core/extract/provenance.ts';
import { UsageError, writeJsonLine, type CliCommand } from '../cli-command.ts';

/** `carebinder classify FILE... [--json]`: PDFs, pictures, portal exports and text, read as an import reads them. */
export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'Suggest the checklist category of documents, with evidence and key facts',
  usage: 'carebinder classify FILE... [--json]',
  options: { json: { type: 'boolean' } },
  run: async ({ positionals, values, io }) => {
    if (positionals.length === 0) throw new UsageError('Name at least one file to classify.');
    let failed = false;
    const ocr = lazyOcr();
    for (const file of positionals) {
      try {
        const text = (await readFilePages(file, ocr.get())).map((p) => p.text).join('\n');
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
    await ocr.close();
    return failed ? 1 : 0;
  },
};
