import { describe, expect, it } from 'vitest';
import { parseRoute, parseSig } from '../../../main/core/meds/sig-parse.ts';

describe('parseSig', () => {
  const table: [string, string | null, number | null, boolean][] = [
    ['BID', 'BID', 2, false],
    ['t.i.d.', 'TID', 3, false],
    ['QID', 'QID', 4, false],
    ['q4h', 'Q4H', 6, false],
    ['q6h prn', 'Q6H', 4, true],
    ['Q 8 H', 'Q8H', 3, false],
    ['every 12 hours', 'Q12H', 2, false],
    ['every twelve hours', 'Q12H', 2, false],
    ['every 4-6 hours as needed', 'Q4H', 6, true],
    ['PRN', 'PRN', null, true],
    ['as needed for pain', 'PRN', null, true],
    ['QHS', 'QHS', 1, false],
    ['at the hour of sleep', 'QHS', 1, false],
    ['QAM', 'QAM', 1, false],
    ['daily', 'QD', 1, false],
    ['once daily', 'QD', 1, false],
    ['every other day', 'QOD', 0.5, false],
    ['weekly', 'QW', 0.1429, false],
    ['once a week', 'QW', 0.1429, false],
    ['every 3 weeks', 'Q3W', 0.0476, false],
    ['every 21 days', 'Q21D', 0.0476, false],
    ['monthly', 'QMONTH', 0.0333, false],
    ['1 tab by mouth twice a day', 'BID', 2, false],
    ['three times daily', 'TID', 3, false],
    ['2 times every day', 'BID', 2, false],
    ['3-4 TIMES DAILY', 'QID', 4, false],
    ['twice weekly', '2X/WEEK', 0.2857, false],
    ['once', 'ONCE', null, false],
    ['take with food', null, null, false],
  ];
  it.each(table)('%s', (text, code, perDay, prn) => {
    const sig = parseSig(text);
    expect(sig.code).toBe(code);
    expect(sig.perDay).toBe(perDay);
    expect(sig.prn).toBe(prn);
  });

  it('keeps the as-needed part in the text', () => {
    expect(parseSig('10 mg PO q6h PRN nausea').text).toBe('q6h PRN');
  });
});

describe('parseRoute', () => {
  const table: [string, string | null][] = [
    ['PO', 'oral'],
    ['take 1 tablet by mouth', 'oral'],
    ['IV', 'IV'],
    ['intravenously over 30 minutes', 'IV'],
    ['SC', 'subcutaneous'],
    ['subcutaneous injection', 'subcutaneous'],
    ['IM', 'IM'],
    ['intramuscular inject', 'IM'],
    ['apply topically', 'topical'],
    ['2 puffs', 'inhaled'],
    ['RESPIRATORY (INHALATION)', 'inhaled'],
    ['under the tongue', 'sublingual'],
    ['one drop in each eye', 'ophthalmic'],
    ['1 patch', 'transdermal'],
    ['INJECTION', 'injection'],
    ['take with food', null],
  ];
  it.each(table)('%s', (text, route) => {
    expect(parseRoute(text)).toBe(route);
  });
});
