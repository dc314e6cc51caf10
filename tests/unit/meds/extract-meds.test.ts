import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMedications } from '../../../main/core/meds/extract-meds.ts';
import type { MedicationSuggestion } from '../../../main/core/meds/extract-meds.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const extract = (text: string) => extractMedications([{ page: 1, text }]);
const byGeneric = (meds: MedicationSuggestion[], generic: string) =>
  meds.find((m) => m.normalized === generic);

describe('extractMedications: tables', () => {
  it('reads a pipe-joined medication table with its columns', () => {
    const meds = extract(
      [
        'Medications',
        'Medication | Directions | Start Date | End Date',
        'Zofran 4 MG Oral Tablet | 1 tablet by mouth every 8 hours as needed | 2024-01-15 | 2024-02-15',
        'Letrozole 2.5 mg tablet | Take 1 tablet daily | 01/15/2024 |',
      ].join('\n'),
    );
    expect(meds).toHaveLength(2);
    expect(meds[0]).toMatchObject({
      name: 'Zofran',
      normalized: 'ondansetron',
      strength: '4 mg',
      dose: '1 tablet',
      route: 'oral',
      perDay: 3,
      start: '2024-01-15',
      stop: '2024-02-15',
      evidence: { page: 1, line: 3 },
    });
    expect(meds[0]?.frequency).toContain('as needed');
    expect(meds[1]).toMatchObject({
      normalized: 'letrozole',
      strength: '2.5 mg',
      dose: '1 tablet',
      perDay: 1,
      start: '2024-01-15',
      stop: null,
    });
  });

  it('uses Dose, Units and Route columns and keeps unknown drugs with a strength', () => {
    const meds = extract(
      [
        'Medication | Dose | Units | Route | Frequency | Start Date',
        'Neulasta 6 mg/0.6 mL syringe | 6 | mg | Subcutaneous | once per cycle | 02/02/2024',
        'Zorbexa 40 mg capsule | 40 | mg | Oral | Twice daily | 03/01/2024',
      ].join('\n'),
    );
    expect(byGeneric(meds, 'pegfilgrastim')).toMatchObject({
      dose: '6 mg',
      route: 'subcutaneous',
      start: '2024-02-02',
    });
    expect(meds.find((m) => m.name === 'Zorbexa')).toMatchObject({
      normalized: null,
      strength: '40 mg',
      perDay: 2,
    });
  });

  it('ignores problem tables and placeholder rows', () => {
    const meds = extract(
      [
        'Problems',
        'Name | Date | Status',
        'Essential hypertension | 2019-01-01 | Active',
        'Medications',
        'Medication | Directions',
        'No current medications | Take as directed.',
      ].join('\n'),
    );
    expect(meds).toEqual([]);
  });

  it('reads single-cell entries whose directions follow the product', () => {
    const meds = extract(
      'Medications\nwarfarin 5 mg oral tablet 1 unit(s) orally once a day | Start: 1-Jun-2023 End: 10-Jan-2024',
    );
    expect(meds[0]).toMatchObject({
      normalized: 'warfarin',
      strength: '5 mg',
      dose: '1 unit',
      perDay: 1,
      start: '2023-06-01',
      stop: '2024-01-10',
    });
  });
});

describe('extractMedications: free text', () => {
  it('reads sigs in running text, across wrapped lines', () => {
    const meds = extract(
      'Plan: She was started on tamoxifen 20 mg\ndaily on 03/05/2021. Continue metformin 500 mg PO BID.',
    );
    expect(byGeneric(meds, 'tamoxifen')).toMatchObject({
      dose: '20 mg',
      perDay: 1,
      start: '2021-03-05',
      evidence: { line: 1 },
    });
    expect(byGeneric(meds, 'metformin')).toMatchObject({
      dose: '500 mg',
      route: 'oral',
      perDay: 2,
      evidence: { line: 2 },
    });
  });

  it('leaves out allergies, negations and lab values', () => {
    const meds = extract(
      [
        'ALLERGIES: Penicillin (hives).',
        'She is allergic to sulfa drugs and is not on aspirin.',
        'Potassium 4.1, calcium 9.6.',
        'Takes lisinopril 10 mg daily.',
      ].join('\n'),
    );
    expect(meds.map((m) => m.normalized)).toEqual(['lisinopril']);
  });

  it('reads a discharge medication list and dedupes repeated drugs', () => {
    const meds = extract(
      [
        'HOSPITAL COURSE: Home metoprolol was held and resumed at discharge.',
        'DISCHARGE MEDICATIONS:',
        '1. Metoprolol succinate ER 25 mg tablet, take 1 tablet by mouth daily',
        '2. Oxycodone 5 mg every 4-6 hours as needed for pain',
      ].join('\n'),
    );
    expect(meds.map((m) => m.normalized)).toEqual(['metoprolol', 'oxycodone']);
    expect(byGeneric(meds, 'metoprolol')).toMatchObject({
      strength: '25 mg',
      dose: '1 tablet',
      route: 'oral',
      perDay: 1,
    });
    expect(byGeneric(meds, 'oxycodone')).toMatchObject({ dose: '5 mg', perDay: 6 });
  });

  it('keeps two entries when the same drug appears with another dose', () => {
    const meds = extract('Medications:\n- levothyroxine 50 mcg daily\n- levothyroxine 75 mcg daily');
    expect(meds.filter((m) => m.normalized === 'levothyroxine').map((m) => m.dose)).toEqual([
      '50 mcg',
      '75 mcg',
    ]);
  });
});

describe('extractMedications: OCR-damaged text', () => {
  it('repairs numbers, directions and drug names', () => {
    const meds = extract(readFileSync(path.join(FIXTURES, 'prescription-ocr.txt'), 'utf8'));
    expect(meds.map((m) => m.normalized)).toEqual(['tamoxifen', 'metformin', 'gabapentin']);
    expect(byGeneric(meds, 'tamoxifen')).toMatchObject({
      strength: '20 mg',
      dose: '1 tablet',
      route: 'oral',
      perDay: 1,
    });
    expect(byGeneric(meds, 'gabapentin')).toMatchObject({ strength: '300 mg', dose: '1 capsule', perDay: 3 });
    expect(byGeneric(meds, 'tamoxifen')?.evidence.text).toBe('Tarnoxifen 2O mg tab1et');
  });
});

describe('extractMedications: hand-written fixtures', () => {
  const truth = JSON.parse(readFileSync(path.join(FIXTURES, 'truth.json'), 'utf8')) as {
    documents: Record<string, { drug: string }[]>;
  };
  it.each(Object.entries(truth.documents))('%s: finds every drug and nothing else', (file, expected) => {
    const meds = extract(readFileSync(path.join(FIXTURES, file), 'utf8'));
    const found = new Set(meds.map((m) => m.normalized ?? m.name.toLowerCase()));
    expect([...found].sort()).toEqual([...new Set(expected.map((e) => e.drug))].sort());
  });
});
