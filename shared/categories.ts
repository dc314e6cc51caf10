/** The second-opinion checklist categories (DESIGN.md §2). The ids are stable: database, contract, exports. */
export const CATEGORY_IDS = [
  'pathology',
  'operative',
  'discharge',
  'treatment_plan',
  'medications',
  'labs',
  'imaging',
  'genomics',
  'visit_notes',
  'insurance',
  'other',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** How each category is shown to people. */
export const CATEGORY_LABELS: Record<CategoryId, string> = {
  pathology: 'Pathology reports',
  operative: 'Operative & procedure reports',
  discharge: 'Discharge summaries',
  treatment_plan: 'Treatment plan',
  medications: 'Medication lists',
  labs: 'Lab results',
  imaging: 'Imaging reports',
  genomics: 'Genetic & biomarker tests',
  visit_notes: 'Visit & consult notes',
  insurance: 'Insurance & paperwork',
  other: 'Other',
};

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}
