import type { Migration } from '../migrate.ts';

/**
 * The medication history (medications with dated events, chemotherapy regimens and cycles, suggestions
 * extracted from documents) and the structured records a portal export brings (lab results, problems,
 * allergies, procedures). `record_key` makes re-importing the same export a no-op.
 */
export const m004ClinicalRecords: Migration = {
  version: 4,
  name: 'clinical-records',
  up(db) {
    db.exec(`
      -- A readable HTML rendering of a portal export, kept encrypted beside the original XML/JSON.
      ALTER TABLE documents ADD COLUMN rendering_file_id TEXT;

      CREATE TABLE regimens (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        name TEXT NOT NULL,
        total_cycles INTEGER,
        cycle_days INTEGER,
        notes TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE regimen_cycles (
        id TEXT PRIMARY KEY,
        regimen_id TEXT NOT NULL REFERENCES regimens(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        date TEXT NOT NULL,
        notes TEXT,
        UNIQUE (regimen_id, number)
      ) STRICT;

      CREATE TABLE medications (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        name TEXT NOT NULL,
        generic TEXT,
        brand TEXT,
        known INTEGER NOT NULL DEFAULT 0,
        strength TEXT,
        form TEXT,
        route TEXT,
        reason TEXT,
        prescriber TEXT,
        pharmacy TEXT,
        notes TEXT,
        side_effects TEXT,
        regimen_id TEXT REFERENCES regimens(id) ON DELETE SET NULL,
        source_kind TEXT NOT NULL,
        source_document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        source_page INTEGER,
        source_text TEXT,
        record_key TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX medications_person ON medications(person_id);

      CREATE TABLE medication_events (
        id TEXT PRIMARY KEY,
        medication_id TEXT NOT NULL REFERENCES medications(id) ON DELETE CASCADE,
        date TEXT,
        kind TEXT NOT NULL,
        dose TEXT,
        frequency TEXT,
        per_day REAL,
        reason TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX medication_events_med ON medication_events(medication_id, date);

      CREATE TABLE medication_suggestions (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER,
        line INTEGER,
        evidence TEXT NOT NULL,
        name TEXT NOT NULL,
        normalized TEXT,
        strength TEXT,
        dose TEXT,
        route TEXT,
        frequency TEXT,
        per_day REAL,
        start TEXT,
        stop TEXT,
        status TEXT NOT NULL DEFAULT 'pending',
        medication_id TEXT REFERENCES medications(id) ON DELETE SET NULL,
        record_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (person_id, record_key)
      ) STRICT;

      CREATE TABLE lab_results (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        loinc TEXT,
        value TEXT NOT NULL,
        numeric_value REAL,
        unit TEXT,
        reference_range TEXT,
        interpretation TEXT,
        date TEXT,
        record_key TEXT NOT NULL,
        UNIQUE (person_id, record_key)
      ) STRICT;
      CREATE INDEX lab_results_person ON lab_results(person_id, name, date);

      CREATE TABLE clinical_items (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        code TEXT,
        date TEXT,
        status TEXT,
        detail TEXT,
        record_key TEXT NOT NULL,
        UNIQUE (person_id, record_key)
      ) STRICT;
    `);
  },
};
