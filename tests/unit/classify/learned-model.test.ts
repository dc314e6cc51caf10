import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../main/core/classify/classifier.ts';
import {
  createLearnedModel,
  exampleCount,
  learnedModelFromJson,
  learnExample,
} from '../../../main/core/classify/learned-model.ts';
import { FIXTURES } from './category-fixtures.ts';

// A clinic's own form that the built-in knowledge reads as a visit note, but this user files as insurance.
const FORM_A = `RIVERBEND ONCOLOGY - FINANCIAL COUNSELING VISIT
Reason for visit: review of out-of-network charges and payment plan.
History: patient received chemotherapy infusions at the satellite clinic in January and February.
Discussion: counselor reviewed the statement, options for a hardship discount and a monthly plan.
Plan: patient will bring the hospital statement to the next visit. Follow up in 4 weeks.`;

const FORM_B = `RIVERBEND ONCOLOGY - FINANCIAL COUNSELING VISIT
Reason for visit: review of imaging charges and payment plan.
History: patient received a PET scan and two infusions at the satellite clinic in March.
Discussion: counselor reviewed the statement, options for a hardship discount and a monthly plan.
Plan: patient will call the billing office. Follow up in 6 weeks.`;

describe('learning from confirmed labels', () => {
  it('starts empty and counts examples', () => {
    let model = createLearnedModel();
    expect(exampleCount(model)).toBe(0);
    model = learnExample(model, FORM_A, 'insurance');
    expect(exampleCount(model)).toBe(1);
  });

  it('a correction changes the prediction for a similar document', () => {
    const before = classifyText(FORM_B);
    expect(before.category).not.toBe('insurance');
    const learned = learnExample(createLearnedModel(), FORM_A, 'insurance');
    expect(classifyText(FORM_B, { learned }).category).toBe('insurance');
  });

  it('leaves unrelated documents alone', () => {
    const learned = learnExample(createLearnedModel(), FORM_A, 'insurance');
    for (const category of ['pathology', 'labs', 'operative'] as const) {
      expect(classifyText(FIXTURES[category], { learned }).category).toBe(category);
    }
  });

  it('survives a JSON round trip and stays small', () => {
    const learned = learnExample(
      learnExample(createLearnedModel(), FORM_A, 'insurance'),
      FIXTURES.labs,
      'labs',
    );
    const json = JSON.stringify(learned);
    expect(json.length).toBeLessThan(10_000);
    expect(json).not.toContain('RIVERBEND');
    const back = learnedModelFromJson(JSON.parse(json));
    expect(exampleCount(back)).toBe(2);
    expect(classifyText(FORM_B, { learned: back }).category).toBe('insurance');
  });

  it('refuses a malformed learned model', () => {
    expect(() =>
      learnedModelFromJson({ version: 1, examples: [{ category: 'nope', sketch: [] }] }),
    ).toThrow();
    expect(() => learnedModelFromJson('x')).toThrow();
  });
});
