import { AppError } from '../../../main/core/errors.ts';
import { parsePortalExport } from '../../../main/core/portal/portal-export.ts';
import type { PortalExport } from '../../../main/core/portal/portal.types.ts';
import { check } from '../engine/fuzz-target.ts';

// The rendering of an export is shown in the app: only this markup may come out, whatever the file says.
const ALLOWED_TAGS = new Set(
  'html head meta title style body h1 h2 p div ul ol li strong em u table thead tbody tfoot tr th td caption sub sup br span small'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES =
  /^(?:\s+(?:lang="en"|charset="utf-8"|http-equiv="[\w-]+"|content="[^"<>]*"|(?:colspan|rowspan)="\d{1,3}"))*\s*$/;
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The answers parsePortalExport documents for a file it will not read. */
export const isPortalRefusal = (error: unknown): boolean =>
  error instanceof AppError && (error.code === 'FILE_REFUSED' || error.code === 'INVALID_INPUT');

/**
 * Parses an export and checks what must hold for any file: the HTML rendering carries only allowed tags
 * and attributes (no script, link, image or event handler can reach the viewer), dates are ISO prefixes,
 * records have keys, and nothing was written onto Object.prototype.
 */
export function parseAndCheck(data: Buffer): PortalExport {
  const parsed = parsePortalExport(data);
  for (const [, name, attributes] of parsed.rendering.html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    check(ALLOWED_TAGS.has(name!.toLowerCase()), `only allowed tags are rendered (got <${name}>)`);
    check(
      ALLOWED_ATTRIBUTES.test(attributes!.replace(/\/$/, '')),
      `only allowed attributes are rendered (got${attributes})`,
    );
  }
  check(
    !/javascript:|<script|<!\[CDATA\[|<!--/i.test(parsed.rendering.html),
    'no active content in the rendering',
  );
  const dates = [
    parsed.patient.birthDate,
    ...parsed.medications.flatMap((m) => [m.start, m.stop]),
    ...parsed.problems.map((p) => p.onset),
    ...parsed.results.map((r) => r.date),
    ...parsed.procedures.map((p) => p.date),
    ...parsed.documents.map((d) => d.date),
  ];
  for (const date of dates)
    check(date == null || PARTIAL_DATE.test(date), `dates are ISO prefixes (got ${date})`);
  const records = [
    ...parsed.medications,
    ...parsed.problems,
    ...parsed.results,
    ...parsed.allergies,
    ...parsed.procedures,
    ...parsed.documents,
  ];
  for (const record of records)
    check(typeof record.recordKey === 'string' && record.recordKey.length > 0, 'every record has a key');
  check(
    Object.getOwnPropertyNames(Object.prototype).length === PROTOTYPE_NAMES,
    'Object.prototype is untouched',
  );
  return parsed;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).length;
