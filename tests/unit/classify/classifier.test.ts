import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../shared/categories.ts';
import { classifyText } from '../../../main/core/classify/classifier.ts';
import { scoreRules } from '../../../main/core/classify/rule-scorer.ts';
import { damaged, FIXTURES } from './category-fixtures.ts';

describe('classifyText with the shipped model', () => {
  for (const category of CATEGORY_IDS) {
    it(`files a typed ${category} document under ${category}`, () => {
      const r = classifyText(FIXTURES[category]);
      expect(r.category).toBe(category);
      expect(r.evidence.length).toBeGreaterThan(0);
    });

    it(`files an OCR-damaged ${category} document under ${category}`, () => {
      expect(classifyText(damaged(FIXTURES[category])).category).toBe(category);
    });
  }

  it('returns probabilities that sum to 1 and a confidence equal to the top one', () => {
    const r = classifyText(FIXTURES.imaging);
    const values = Object.values(r.scores);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(r.confidence).toBe(Math.max(...values));
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('gives evidence as phrases that occur in the document', () => {
    const text = FIXTURES.pathology;
    const r = classifyText(text);
    const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
    for (const phrase of r.evidence) expect(squash(text)).toContain(squash(phrase));
    expect(r.evidence.map((e) => e.toLowerCase())).toContain('surgical pathology');
  });

  it('asks for review when there is almost nothing to go on', () => {
    const r = classifyText('Page 2');
    expect(r.needsReview).toBe(true);
  });

  it('is confident and does not ask for review on a clear document', () => {
    const r = classifyText(FIXTURES.operative);
    expect(r.confidence).toBeGreaterThan(0.9);
    expect(r.needsReview).toBe(false);
  });
});

describe('hand-written knowledge', () => {
  it('reads headings through broken spacing and look-alike characters', () => {
    const { hits } = scoreRules('SURG ICAL PATH0LOGY\nF1NAL DIAGN0SIS: benign');
    const phrases = hits.filter((h) => h.category === 'pathology').map((h) => h.phrase);
    expect(phrases).toContain('SURG ICAL PATH0LOGY');
    expect(phrases).toContain('F1NAL DIAGN0SIS');
  });

  it('does not find short words inside longer ones', () => {
    // "ndc" sits inside "secondcase" once spaces are squashed away; it must not count.
    const { hits } = scoreRules('the second case was reviewed');
    expect(hits.some((h) => h.phrase.toLowerCase().includes('second'))).toBe(false);
  });

  it('counts a title only when it names a kind of document', () => {
    const titled = scoreRules('Discharge Summary\nHospital course: uneventful.').hits;
    expect(titled.find((h) => h.phrase === 'Discharge Summary')?.inTitle).toBe(true);
    const heading = scoreRules('CHIEF COMPLAINT:\nCough for two weeks.').hits;
    expect(heading.find((h) => h.phrase === 'CHIEF COMPLAINT')?.inTitle).toBe(false);
  });

  it('reads result lines as lab evidence but not the same values written in prose', () => {
    const table = [
      'Test | Result | Units',
      'Sodium | 139 | mmol/L',
      'Potassium | 5.8 | mmol/L',
      'Glucose | 101 | mg/dL',
      'Hemoglobin | 12.9 | g/dL',
    ].join('\n');
    const prose =
      'HISTORY: Seen for fatigue. Sodium 139 mmol/L, potassium 5.8 mmol/L, glucose 101 mg/dL.\nPLAN: Recheck.';
    const layout = (text: string) =>
      scoreRules(text).hits.filter((h) => h.category === 'labs' && /\|/.test(h.phrase));
    expect(layout(table).length).toBeGreaterThan(0);
    expect(layout(prose)).toHaveLength(0);
    expect(scoreRules(table).scores.labs).toBeGreaterThan(scoreRules(prose).scores.labs);
  });

  it('counts a heading-only phrase at the start of a line but not inside prose', () => {
    const heading = scoreRules('IMPRESSION:\nNormal study.').hits.some((h) => h.category === 'imaging');
    const prose = scoreRules('My impression is that she is well.').hits.some((h) => h.category === 'imaging');
    expect(heading).toBe(true);
    expect(prose).toBe(false);
  });
});
