import { describe, expect, it } from 'vitest';
import { extractDocumentDate } from '../../../main/core/extract/document-date.ts';

describe('extractDocumentDate formats', () => {
  const cases: [string, string][] = [
    ['Date of service: 03/04/2026', '2026-03-04'],
    ['Exam date: March 4, 2026', '2026-03-04'],
    ['Report date: Mar 4th, 2026', '2026-03-04'],
    ['Collected: 2026-03-04 08:15', '2026-03-04'],
    ['Collected 2026-03-04T08:15:00-05:00', '2026-03-04'],
    ['Date: 04 Mar 2026', '2026-03-04'],
    ['Seen on 4-Mar-26 in clinic', '2026-03-04'],
    ['DICT DATE: MAR 04, 2026@12:27', '2026-03-04'],
    ['Procedure date: Mar-04-2026', '2026-03-04'],
    ['Date: 3/4/26', '2026-03-04'],
    ['Datum: 04.03.2026', '2026-03-04'],
  ];
  for (const [text, iso] of cases) {
    it(`reads "${text}"`, () => expect(extractDocumentDate(text)).toBe(iso));
  }

  it('returns null when there is no date', () => {
    expect(extractDocumentDate('No dates here. Seen in March.')).toBeNull();
  });

  it('does not read "March 2026" as a day', () => {
    expect(extractDocumentDate('Planned for March 2026.')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(extractDocumentDate('Date: 02/30/2026')).toBeNull();
  });
});

describe('day/month order', () => {
  it('is settled by a day above 12 elsewhere in the document', () => {
    const text = 'Collected: 03/04/2026\nReceived: 25/04/2026';
    expect(extractDocumentDate(text)).toBe('2026-04-03');
  });

  it('is month-first by default and day-first when asked', () => {
    expect(extractDocumentDate('Date: 03/04/2026')).toBe('2026-03-04');
    expect(extractDocumentDate('Date: 03/04/2026', { dayFirst: true })).toBe('2026-04-03');
  });

  it('lets the document overrule the option', () => {
    expect(extractDocumentDate('Date: 03/04/2026\nSigned: 04/22/2026', { dayFirst: true })).toBe(
      '2026-03-04',
    );
  });
});

describe('choosing the document date', () => {
  it('prefers the labelled service date over a printed date', () => {
    const text = 'Printed 06/14/2026 12:05   Page 1 of 2\nCollection date: 05/30/2026';
    expect(extractDocumentDate(text)).toBe('2026-05-30');
  });

  it('never takes a labelled birth date', () => {
    const text = 'Patient: Anna Tester   DOB: 07/19/1968\nNotes follow.';
    expect(extractDocumentDate(text)).toBeNull();
    expect(extractDocumentDate('Date of birth: 1968-07-19, seen 2026-01-05')).toBe('2026-01-05');
  });

  it('never takes an excluded birth date, even unlabelled and in either day/month order', () => {
    const text = 'Anna Tester 07/08/1968\nNotes on 01/05/2026';
    expect(extractDocumentDate(text, { excludeDates: ['1968-07-08'] })).toBe('2026-01-05');
    expect(extractDocumentDate(text, { excludeDates: ['1968-08-07'] })).toBe('2026-01-05');
    expect(extractDocumentDate('1968-07-08', { excludeDates: ['1968-07-08'] })).toBeNull();
  });

  it('keeps a service date that shares a line with a birth date', () => {
    expect(extractDocumentDate('DOB: 01/02/1960   Date of service: 03/04/2026')).toBe('2026-03-04');
  });

  it('prefers a collection date over medication start dates', () => {
    const text = 'Start date: 01/01/2020\nCollected: 02/02/2026';
    expect(extractDocumentDate(text)).toBe('2026-02-02');
  });
});
