import type { Migration } from '../migrate.ts';

/**
 * Classification and key facts per document: the category with its confidence, scores and evidence,
 * whether a person chose it, the date, facility and clinician, and who the page says the patient is
 * (for the "this page names someone else" warning). Titles remember whether the person edited them.
 */
export const m003Classification: Migration = {
  version: 3,
  name: 'classification',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN category_confidence REAL;
      ALTER TABLE documents ADD COLUMN category_source TEXT NOT NULL DEFAULT 'auto';
      ALTER TABLE documents ADD COLUMN category_scores TEXT;
      ALTER TABLE documents ADD COLUMN category_evidence TEXT;
      ALTER TABLE documents ADD COLUMN title_source TEXT NOT NULL DEFAULT 'auto';
      ALTER TABLE documents ADD COLUMN facility TEXT;
      ALTER TABLE documents ADD COLUMN clinician TEXT;
      ALTER TABLE documents ADD COLUMN printed_name TEXT;
      ALTER TABLE documents ADD COLUMN printed_birth_date TEXT;
      ALTER TABLE documents ADD COLUMN printed_record_number TEXT;
      CREATE INDEX documents_category ON documents(person_id, category);
    `);
  },
};
