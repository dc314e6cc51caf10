import { describe, expect, it } from 'vitest';
import { findStrengths, parseDoseAmount, parseDoseCell } from '../../../main/core/meds/dose-parse.ts';
import { extractMedications } from '../../../main/core/meds/extract-meds.ts';
import { numberValue, parseSig } from '../../../main/core/meds/sig-parse.ts';

// Regressions for what `npm run fuzz` (tests/fuzz/targets/meds-text and extract-meds) found: a long run
// of digits (a barcode, OCR noise) was read as a dose of 5.5e79 or Infinity and printed "Infinity mg".
const digits = (n: number): string => '9'.repeat(n);

describe('numbers too long to be doses', () => {
  it('are not numbers in directions', () => {
    expect(numberValue(digits(400))).toBeNull();
    expect(numberValue('12')).toBe(12);
    const sig = parseSig(`${digits(400)} times a day`);
    expect(sig.perDay === null || Number.isFinite(sig.perDay)).toBe(true);
  });

  it('are not strengths, doses or dose cells', () => {
    expect(findStrengths(`${digits(400)} mg and ${digits(80)} mcg`)).toEqual([]);
    expect(parseDoseAmount(`take ${digits(80)} puffs`)).toBeNull();
    expect(parseDoseAmount(`${digits(400)}`)).toBeNull();
    expect(parseDoseCell(digits(400), 'mg')).toBeNull();
    // Real doses, large ones included, are still read.
    expect(findStrengths('Penicillin G 5,000,000 units')).toMatchObject([{ value: 5_000_000, unit: 'unit' }]);
    expect(parseDoseAmount('take 2 puffs')).toMatchObject({ value: 2, unit: 'puff' });
    expect(parseDoseCell('5.0', 'mg')).toMatchObject({ value: 5, unit: 'mg', text: '5 mg' });
  });

  it('never reach a medication suggestion', () => {
    const found = extractMedications([
      { page: 1, text: `Discharge medications:\n1. Tamoxifen ${digits(400)} mg by mouth daily\n` },
    ]);
    for (const s of found) {
      expect(s.doseValue === undefined || Number.isFinite(s.doseValue)).toBe(true);
      expect(`${s.strength} ${s.dose}`).not.toMatch(/Infinity|e\+/);
    }
  });
});
