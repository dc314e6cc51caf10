import { extractDocumentDate } from '../../../main/core/extract/document-date.ts';
import {
  findDateMentions,
  mentionToIso,
  possibleIsoDates,
} from '../../../main/core/extract/date-mentions.ts';
import { fhirDate, fullDay, hl7Date } from '../../../main/core/portal/hl7-date.ts';
import { check, type FuzzTarget } from '../engine/fuzz-target.ts';

/** True for YYYY-MM-DD naming a day that exists. */
function isRealDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Dates from document text and from HL7/FHIR timestamps. Nothing may throw; every date given back must be a
 * real day (or, for HL7 and FHIR, a well-formed year or year-month), and mentions must point into the text.
 */
export const target: FuzzTarget = {
  name: 'dates',
  covers: [
    'main/core/extract/date-mentions.ts',
    'main/core/extract/document-date.ts',
    'main/core/portal/hl7-date.ts',
  ],
  maxLength: 8192,
  dictionary: [
    'Date of service: ',
    'DOS ',
    'Collected: ',
    'Printed on ',
    'DOB: ',
    'Date of birth ',
    'Page 1 of 2 ',
    'Reported ',
    'Signed ',
    'Admission date ',
    'January ',
    'Feb ',
    'Sept. ',
    'MAR ',
    'Dec ',
    '31st',
    '2nd',
    '@12:27',
    '03/04/2026',
    '13/04/2026',
    '4-Mar-26',
    '2026-02-29',
    '2024-02-29',
    '04.03.2026',
    'Mar-04-2026',
    '19540323000000.000-0600',
    '2014-10-13T12:08:24-04:00',
    '\n',
    '/',
    '-',
    '.',
    ', ',
  ],
  run(data) {
    const text = data.toString('utf8');
    const dayFirst = (data[0] ?? 0) % 2 === 1;
    const mentions = findDateMentions(text);
    let previous = -1;
    for (const m of mentions) {
      check(
        m.index >= previous && text.startsWith(m.raw, m.index),
        'mentions are in order and quote the text',
      );
      previous = m.index;
      const iso = mentionToIso(m, dayFirst);
      check(iso === null || isRealDay(iso), `a mention's date is a real day (got ${iso})`);
      for (const d of possibleIsoDates(m)) check(isRealDay(d), `every reading is a real day (got ${d})`);
    }
    const excludeDates = mentions.slice(0, 1).flatMap(possibleIsoDates);
    const date = extractDocumentDate(text, { dayFirst, excludeDates });
    check(
      date === null || (isRealDay(date) && !excludeDates.includes(date)),
      `the document date is a real, allowed day (got ${date})`,
    );
    for (const line of text.split('\n').slice(0, 50)) {
      const hl7 = hl7Date(line);
      check(
        hl7 === undefined || /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(hl7),
        `HL7 dates are well formed (got ${hl7})`,
      );
      const fhir = fhirDate(line);
      check(
        fhir === undefined || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(fhir),
        `FHIR dates are well formed (got ${fhir})`,
      );
      const day = fullDay(fhir);
      check(day === null || /^\d{4}-\d{2}-\d{2}$/.test(day), 'a full day is YYYY-MM-DD');
    }
  },
};
