import { createHash } from 'node:crypto';

/**
 * Stable identity keys for imported records, so re-importing an export (or a newer export that overlaps
 * an older one) can skip what is already stored. A key is the first 32 hex digits of SHA-256 over the
 * record kind and its identifying fields, each normalised (trimmed, lower-cased, whitespace collapsed) and
 * joined with a separator that cannot occur in text:
 *
 * - medication: name, start date, dose, dose unit
 * - problem: code (or name when uncoded), onset date
 * - result: LOINC (or name when uncoded), date, value, unit
 * - allergy: substance
 * - procedure: code (or name when uncoded), date
 * - document: the content itself (bytes or text), so the same file under two titles is one document
 *
 * Fields that change between exports without changing the fact (status, stop date, free text) are left out.
 */
export function recordKey(kind: string, ...fields: (string | undefined)[]): string {
  const normalised = fields.map((f) => (f ?? '').trim().toLowerCase().replace(/\s+/g, ' '));
  return hash([kind, ...normalised].join('\u001f'));
}

/** Key of a carried document: its content, not its title. */
export function contentKey(content: Uint8Array | string): string {
  return hash(content);
}

function hash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}
