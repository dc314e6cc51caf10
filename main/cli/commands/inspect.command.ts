import { readFile, stat } from 'node:fs/promises';
import { CATEGORY_LABELS } from '../../../shared/categories.ts';
import { AppError, toErrorShape } from '../../core/errors.ts';
import { parsePortalExport } from '../../core/portal/portal-export.ts';
import type { PortalExport } from '../../core/portal/portal.types.ts';
import { MAX_PORTAL_BYTES } from '../../core/portal/text-decode.ts';
import type { CliCommand, CliIo } from '../cli-command.ts';
import { UsageError, writeJsonLine } from '../cli-command.ts';

/**
 * `carebinder inspect FILE [--json]`: reads one patient-portal export (C-CDA XML or FHIR R4 JSON) and
 * reports what it holds. Stateless: no vault is opened and nothing is written.
 */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'Show what a patient-portal export (C-CDA or FHIR) holds, without importing it.',
  usage: 'carebinder inspect FILE [--json]',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values, io }) {
    if (positionals.length !== 1) throw new UsageError('Give exactly one file to inspect.');
    const file = positionals[0] ?? '';
    const json = values.json === true;
    let exported: PortalExport;
    try {
      exported = parsePortalExport(await readExport(file), file);
    } catch (error) {
      const shape = toErrorShape(error);
      if (json) writeJsonLine(io, { file, error: shape });
      else io.stderr(`${file}: ${shape.message}\n`);
      return 1;
    }
    if (json) writeJsonLine(io, summary(file, exported));
    else printSummary(io, file, exported);
    return 0;
  },
};

async function readExport(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new AppError('NOT_FOUND', 'The file could not be found. Check the name and the folder.');
  if (!info.isFile())
    throw new AppError('INVALID_INPUT', 'This is a folder, not a file. Give the export file itself.');
  if (info.size > MAX_PORTAL_BYTES) {
    throw new AppError(
      'FILE_REFUSED',
      'This file is too large to be a patient-portal export (the limit is 50 MB).',
    );
  }
  return readFile(file);
}

function summary(file: string, e: PortalExport): object {
  return {
    file,
    format: e.format,
    documentType: e.documentType,
    category: e.category,
    patient: { name: e.patient.name, birthDate: e.patient.birthDate },
    counts: e.counts,
  };
}

function printSummary(io: CliIo, file: string, e: PortalExport): void {
  const c = e.counts;
  const lines = [
    file,
    `  Format:        ${e.format === 'ccda' ? 'C-CDA (XML)' : 'FHIR R4 (JSON)'}`,
    `  Document:      ${e.documentType}${e.title && e.title !== e.documentType ? ` — ${e.title}` : ''}`,
    `  Files under:   ${CATEGORY_LABELS[e.category]}`,
    `  Patient:       ${e.patient.name ?? '(no name given)'}${e.patient.birthDate ? `, born ${e.patient.birthDate}` : ''}`,
    `  Medications:   ${c.medications}`,
    `  Problems:      ${c.problems}`,
    `  Results:       ${c.results}`,
    `  Allergies:     ${c.allergies}`,
    `  Documents:     ${c.documents}`,
  ];
  io.stdout(lines.join('\n') + '\n');
}
