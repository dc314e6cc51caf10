import type { SuggestedQuestion } from '../../../shared/schemas/case.schema.ts';

/**
 * Questions the patient guides (ACS, NCI, hospital second-opinion leaflets) suggest taking to a second
 * opinion, in our own words. Optional: a person adds the ones they want and edits them freely.
 */
export const SUGGESTED_QUESTIONS: readonly Omit<SuggestedQuestion, 'added'>[] = [
  {
    id: 'other_options',
    text: 'Is there another treatment option I should consider?',
    why: 'Doctors can weigh the same findings differently; hearing every reasonable option helps you choose.',
  },
  {
    id: 'clinical_trial',
    text: 'Am I eligible for a clinical trial?',
    why: 'Large cancer centers often run trials your first doctor may not offer.',
  },
  {
    id: 'test_results',
    text: 'How did you interpret my test results? Do you agree with the diagnosis and the stage?',
    why: 'A second look at the pathology, imaging and biomarker results can change the diagnosis or stage.',
  },
  {
    id: 'guidelines',
    text: 'Which guidelines or studies did you rely on for your recommendation?',
    why: 'Knowing the evidence behind each opinion makes the two easier to compare.',
  },
  {
    id: 'joint_review',
    text: 'Could you and my first doctor review my case together?',
    why: 'When the two doctors talk, differences are easier to resolve.',
  },
  {
    id: 'waiting',
    text: 'What happens if I wait before starting treatment?',
    why: 'It tells you whether the time a second opinion takes is safe for you.',
  },
];
