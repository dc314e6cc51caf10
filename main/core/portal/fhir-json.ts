import { AppError } from '../errors.ts';

/** Deepest JSON nesting we accept; FHIR resources stay well below 30 levels. */
export const MAX_JSON_DEPTH = 100;

/** A FHIR resource as parsed JSON: only `resourceType` is known to be there. */
export type FhirResource = Record<string, unknown> & { resourceType: string };

/**
 * Parses a FHIR export: one JSON value (a resource, a Bundle, or an array of resources) or NDJSON (one
 * resource per line, as bulk-data exports write). Nesting is checked before parsing so a hostile file
 * cannot exhaust the stack; errors say in plain words what is wrong and where.
 */
export function parseFhirJson(text: string): { values: unknown[]; ndjson: boolean } {
  assertShallow(text);
  try {
    return { values: [JSON.parse(text) as unknown], ndjson: false };
  } catch (wholeError) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length > 1) {
      const parsed = lines.map(tryParse);
      if (parsed.every((v) => v !== undefined)) return { values: parsed, ndjson: true };
    }
    throw new AppError(
      'INVALID_INPUT',
      `This file is not valid JSON${lineHint(text, wholeError)}. It may be damaged or cut short: download the export from the portal again.`,
      { cause: wholeError },
    );
  }
}

function tryParse(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

function lineHint(text: string, error: unknown): string {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  if (!position) return '';
  const line = text.slice(0, Number(position)).split('\n').length;
  return ` (the problem is near line ${line})`;
}

function assertShallow(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new AppError(
          'FILE_REFUSED',
          'This JSON file is nested far more deeply than any health record. It was not opened.',
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** True for a JSON object that names its FHIR resource type. */
export function isResource(value: unknown): value is FhirResource {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as FhirResource).resourceType === 'string'
  );
}
