import { extractMedications } from '../../../main/core/meds/extract-meds.ts';
import { check, type FuzzTarget } from '../engine/fuzz-target.ts';

// Documents may give only a month ("since Jan 2023"): start and stop are ISO days or their prefixes.
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Medication suggestions from page text (tables, prescriptions, notes, OCR damage). Nothing may throw, and
 * every suggestion must be well formed: a name, finite numbers, ISO dates, evidence from the pages given.
 */
export const target: FuzzTarget = {
  name: 'extract-meds',
  covers: ['main/core/meds/'],
  maxLength: 8192,
  timeoutMs: 2000,
  dictionary: [
    'Medication | Dose | Route | Frequency | Start | Stop\n',
    'Medications:\n',
    'Discharge medications\n',
    'Rx: ',
    'tamoxifen 20 mg daily\n',
    'ondansetron 8 mg tablet every 8 hours as needed for nausea\n',
    'Sig: take 1 tab by mouth BID\n',
    'started on anastrozole 1 mg\n',
    'letrozole',
    'metformin 500 MG',
    'DISCONTINUED ',
    'Start: 01/02/2024',
    'Stop: 2024-03-04',
    ' | ',
    '\f',
    '\n',
    'rn',
    'l',
    '0',
    'O',
    'mg',
    'MG/ML',
  ],
  run(data) {
    const pages = data
      .toString('utf8')
      .split('\f')
      .map((text, i) => ({ page: i + 1, text }));
    for (const s of extractMedications(pages)) {
      check(s.name.trim().length > 0, 'a suggestion names a drug');
      check(
        s.perDay === null || (Number.isFinite(s.perDay) && s.perDay >= 0),
        `doses a day are a number (got ${s.perDay})`,
      );
      check(s.doseValue === undefined || Number.isFinite(s.doseValue), 'a dose value is finite');
      check(s.start === null || ISO_DATE.test(s.start), `a start is an ISO date (got ${s.start})`);
      check(s.stop === null || ISO_DATE.test(s.stop), `a stop is an ISO date (got ${s.stop})`);
      check(
        pages.some((p) => p.page === s.evidence.page),
        'evidence names a page that was given',
      );
    }
  },
};
