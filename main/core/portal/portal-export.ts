import { AppError } from '../errors.ts';
import { log } from '../log/logger.ts';
import { parseCcda } from './ccda.parser.ts';
import { parseFhirJson } from './fhir-json.ts';
import { parseFhir } from './fhir.parser.ts';
import type { PortalExport } from './portal.types.ts';
import { decodePortalText } from './text-decode.ts';
import { parseXmlSafely } from './xml-tree.ts';

/**
 * Reads a patient-portal export — C-CDA XML (R1.1/R2.1, any document type) or FHIR R4 JSON (a Bundle of
 * any type, a single resource, NDJSON, an International Patient Summary) — into plain records, locally
 * and without touching the vault. The format is decided by content, not by the file name, which is used
 * only in log lines. Hostile or broken files are refused with an AppError ('FILE_REFUSED' or
 * 'INVALID_INPUT') whose message is plain language.
 */
export function parsePortalExport(bytes: Uint8Array, fileName?: string): PortalExport {
  const text = decodePortalText(bytes);
  const start = text.search(/\S/);
  const first = start >= 0 ? text[start] : undefined;
  const kind = first === '<' ? 'ccda' : first === '{' || first === '[' ? 'fhir' : undefined;
  if (!kind) {
    throw new AppError(
      'FILE_REFUSED',
      start < 0
        ? 'This file is empty. Download the export from the patient portal again.'
        : 'This file is not a patient-portal export (C-CDA XML or FHIR JSON). Check that you picked the right file.',
    );
  }
  const started = Date.now();
  const result = kind === 'ccda' ? parseCcda(parseXmlSafely(text)) : fhirFrom(text);
  log.debug('portal.parsed', {
    format: result.format,
    extension: fileName ? (/\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0]?.toLowerCase() ?? '') : undefined,
    ms: Date.now() - started,
    medications: result.counts.medications,
    results: result.counts.results,
  });
  return result;
}

function fhirFrom(text: string): PortalExport {
  const { values, ndjson } = parseFhirJson(text);
  return parseFhir(values, ndjson);
}
