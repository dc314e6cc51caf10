import { describe, expect, it } from 'vitest';
import {
  autocompleteDrug,
  findDrugMentions,
  loadDrugNames,
  normalizeDrugName,
} from '../../../main/core/meds/drug-names.ts';

describe('normalizeDrugName', () => {
  it('maps brands to their generic and keeps the brand', () => {
    expect(normalizeDrugName('Zofran')).toEqual({ generic: 'ondansetron', brand: 'Zofran', known: true });
    expect(normalizeDrugName('HERCEPTIN')).toEqual({
      generic: 'trastuzumab',
      brand: 'Herceptin',
      known: true,
    });
    expect(normalizeDrugName('Tylenol Extra Strength 500 MG Oral Tablet')).toMatchObject({
      generic: 'acetaminophen',
      known: true,
    });
  });

  it('strips salts and dose forms', () => {
    expect(normalizeDrugName('metoprolol succinate')).toEqual({ generic: 'metoprolol', known: true });
    expect(normalizeDrugName('Metoprolol Tartrate 25 mg oral tablet')).toEqual({
      generic: 'metoprolol',
      known: true,
    });
    expect(normalizeDrugName('levothyroxine sodium')).toEqual({ generic: 'levothyroxine', known: true });
    expect(normalizeDrugName('sodium chloride')).toEqual({ generic: 'sodium chloride', known: true });
  });

  it('finds the drug inside a longer product description', () => {
    expect(normalizeDrugName('1 ML darbepoetin alfa 0.5 MG/ML Prefilled Syringe [Aranesp]')?.generic).toBe(
      'darbepoetin alfa',
    );
    expect(normalizeDrugName('hydrocodone/acetaminophen 5-325 mg')?.generic).toBe(
      'acetaminophen / hydrocodone',
    );
  });

  it('tolerates small OCR errors when only one drug is close', () => {
    expect(normalizeDrugName('Tarnoxifen')).toEqual({ generic: 'tamoxifen', known: true });
    expect(normalizeDrugName('pembrolizumob')?.generic).toBe('pembrolizumab');
  });

  it('keeps unknown names, flagged, and rejects only non-names', () => {
    expect(normalizeDrugName('Zorbexa 40 mg capsule')).toEqual({ generic: 'zorbexa', known: false });
    expect(normalizeDrugName('????')).toBeNull();
    expect(normalizeDrugName('  ')).toBeNull();
  });
});

describe('autocompleteDrug', () => {
  it('suggests brands with their generic and generics by prefix', () => {
    expect(autocompleteDrug('zof')[0]?.label).toBe('Zofran (ondansetron)');
    const labels = autocompleteDrug('ondan').map((s) => s.label);
    expect(labels[0]).toBe('ondansetron');
  });

  it('ranks exact names first and single drugs before combinations', () => {
    const metformin = autocompleteDrug('metformin');
    expect(metformin[0]?.label).toBe('metformin');
    expect(metformin.slice(1).every((s) => s.generic.includes('metformin'))).toBe(true);
  });

  it('respects the limit and finds later words and close spellings', () => {
    expect(autocompleteDrug('a', 5)).toHaveLength(5);
    expect(autocompleteDrug('emtansine').map((s) => s.generic)).toContain('ado-trastuzumab emtansine');
    expect(autocompleteDrug('tamoxifan')[0]?.generic).toBe('tamoxifen');
    expect(autocompleteDrug('')).toEqual([]);
  });

  it('loads the list once', () => {
    expect(loadDrugNames()).toBe(loadDrugNames());
  });
});

describe('findDrugMentions', () => {
  it('joins real combination products but not drugs given together', () => {
    expect(findDrugMentions('hydrocodone/acetaminophen').map((m) => m.generic)).toEqual([
      'acetaminophen / hydrocodone',
    ]);
    expect(findDrugMentions('carboplatin and paclitaxel').map((m) => m.generic)).toEqual([
      'carboplatin',
      'paclitaxel',
    ]);
  });

  it('marks lab words as needing context and ignores ordinary words', () => {
    expect(findDrugMentions('heparin-induced thrombocytopenia')[0]?.needsContext).toBe(true);
    expect(findDrugMentions('potassium 4.1')).toEqual([]);
    expect(findDrugMentions('Follow up today in clinic')).toEqual([]);
  });
});
