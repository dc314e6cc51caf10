import type { Migration } from '../migrate.ts';

/**
 * The second-opinion case: per person, several over time with at most one active. The checklist itself is
 * never stored (it is derived from the vault on every read); only what a person says about an item is:
 * "not applicable" with the reason, or "done" on a date for the items that are not documents. Also the
 * record requests with the documents that answered them, the question list, and the two opinions.
 */
export const m005Cases: Migration = {
  version: 5,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        status TEXT NOT NULL CHECK (status IN ('active', 'closed')),
        diagnosis TEXT,
        diagnosis_date TEXT,
        treating_doctor TEXT,
        treating_facility TEXT,
        second_doctor TEXT,
        second_facility TEXT,
        second_contact TEXT,
        appointment_date TEXT,
        appointment_time TEXT,
        visit_mode TEXT CHECK (visit_mode IN ('in_person', 'virtual')),
        insurance_notes TEXT,
        referral TEXT CHECK (referral IN ('not_needed', 'needed', 'obtained')),
        prior_authorization TEXT CHECK (prior_authorization IN ('not_needed', 'needed', 'obtained')),
        treatment_start_date TEXT,
        visit_notes TEXT,
        differences TEXT,
        next_steps TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_person ON cases(person_id, created_at);
      -- One active case per person: the checklist, reminders and the CLI follow that one.
      CREATE UNIQUE INDEX cases_one_active ON cases(person_id) WHERE status = 'active';

      CREATE TABLE case_items (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('not_applicable', 'done')),
        reason TEXT,
        done_on TEXT,
        note TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, item_id)
      ) STRICT;

      CREATE TABLE record_requests (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        department TEXT,
        provider_contact TEXT,
        items TEXT NOT NULL,
        details TEXT,
        method TEXT NOT NULL CHECK (method IN ('portal', 'fax', 'mail', 'in_person', 'phone')),
        from_date TEXT,
        to_date TEXT,
        send_to TEXT,
        sent_on TEXT,
        follow_up_on TEXT,
        received_on TEXT,
        letter_document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX record_requests_case ON record_requests(case_id, created_at);

      CREATE TABLE record_request_documents (
        request_id TEXT NOT NULL REFERENCES record_requests(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (request_id, document_id)
      ) STRICT;

      CREATE TABLE case_questions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        suggestion_id TEXT,
        answer TEXT,
        answered_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_questions_case ON case_questions(case_id, position);

      CREATE TABLE case_opinions (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        which TEXT NOT NULL CHECK (which IN ('first', 'second')),
        doctor TEXT,
        diagnosis TEXT,
        stage TEXT,
        treatment TEXT,
        notes TEXT,
        report_document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, which)
      ) STRICT;
    `);
  },
};
