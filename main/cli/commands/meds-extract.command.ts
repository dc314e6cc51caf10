import { toErrorShape } from '../../core/errors.ts';
import { extractMedications } from '../../core/meds/extract-meds.ts';
import type { MedicationSuggestion } from '../../core/meds/extract-meds.ts';
import { lazyOcr } from '../lazy-ocr.ts';
import { readFilePages } from '../read-file-pages.ts';
import type { CliCommand, CliIo } from '../cli-command.ts';
import { UsageError, writeJsonLine } from '../cli-command.ts';

/**
 * `carebinder meds extract FILE... [--json]`: suggests the medications named in documents (medication
 * lists, prescriptions, discharge summaries, visit notes). Stateless: no vault is opened, nothing is
 * written. Exit 0 when every file was read, 1 when any could not be, 2 for a usage mistake.
 */
export const medsExtractCommand: CliCommand = {
  name: 'meds extract',
  summary:
    'Suggest the medications (dose, route, frequency, dates) named in documents, without importing them.',
  usage: 'carebinder meds extract FILE... [--json]',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values, io }) {
    if (positionals.length === 0) throw new UsageError('Give at least one file to read.');
    const json = values.json === true;
    let failed = false;
    const ocr = lazyOcr();
    for (const file of positionals) {
      try {
        const medications = extractMedications(await readFilePages(file, ocr.get()));
        if (json) writeJsonLine(io, { file, medications: medications.map(forOutput) });
        else printMedications(io, file, medications);
      } catch (error) {
        failed = true;
        const shape = toErrorShape(error);
        if (json) writeJsonLine(io, { file, error: shape });
        else io.stderr(`${file}: ${shape.message}\n`);
      }
    }
    await ocr.close();
    return failed ? 1 : 0;
  },
};

function forOutput(m: MedicationSuggestion): object {
  return {
    name: m.name,
    normalized: m.normalized,
    strength: m.strength,
    dose: m.dose,
    route: m.route,
    frequency: m.frequency,
    perDay: m.perDay,
    start: m.start,
    stop: m.stop,
    evidence: { page: m.evidence.page, line: m.evidence.line, text: m.evidence.text },
  };
}

function printMedications(io: CliIo, file: string, medications: MedicationSuggestion[]): void {
  const lines = [
    `${file}: ${medications.length === 0 ? 'no medications found' : `${medications.length} medication(s)`}`,
  ];
  for (const m of medications) {
    const name =
      m.normalized && m.normalized !== m.name.toLowerCase() ? `${m.name} (${m.normalized})` : m.name;
    const parts = [
      m.strength,
      m.dose && m.dose !== m.strength ? `dose ${m.dose}` : null,
      m.route,
      m.frequency,
    ].filter(Boolean);
    const dates = [m.start ? `from ${m.start}` : null, m.stop ? `until ${m.stop}` : null].filter(Boolean);
    lines.push(
      `  ${name}${parts.length ? ` — ${parts.join(', ')}` : ''}${dates.length ? ` (${dates.join(' ')})` : ''}  [page ${m.evidence.page}, line ${m.evidence.line}]`,
    );
  }
  io.stdout(lines.join('\n') + '\n');
}
