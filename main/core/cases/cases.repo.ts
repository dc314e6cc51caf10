import crypto from 'node:crypto';
import type { Case, CaseFields } from '../../../shared/schemas/case.schema.ts';
import type { Db } from '../db/database.ts';

/** Case fields and their columns, in one table so inserts, updates and reads agree. */
const FIELD_COLUMNS = {
  diagnosis: 'diagnosis',
  diagnosisDate: 'diagnosis_date',
  treatingDoctor: 'treating_doctor',
  treatingFacility: 'treating_facility',
  secondDoctor: 'second_doctor',
  secondFacility: 'second_facility',
  secondContact: 'second_contact',
  appointmentDate: 'appointment_date',
  appointmentTime: 'appointment_time',
  visitMode: 'visit_mode',
  insuranceNotes: 'insurance_notes',
  referral: 'referral',
  priorAuthorization: 'prior_authorization',
  treatmentStartDate: 'treatment_start_date',
  visitNotes: 'visit_notes',
  differences: 'differences',
  nextSteps: 'next_steps',
} as const satisfies Record<keyof CaseFields, string>;

const FIELDS = Object.keys(FIELD_COLUMNS) as (keyof CaseFields)[];

const COLUMNS = [
  'id',
  'person_id AS personId',
  'status',
  ...FIELDS.map((f) => `${FIELD_COLUMNS[f]} AS ${f}`),
  'created_at AS createdAt',
  'updated_at AS updatedAt',
].join(', ');

export function getCase(db: Db, id: string): Case | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM cases WHERE id = ?`).get(id) as Case | undefined) ?? null;
}

/** A person's cases, newest first. */
export function listCases(db: Db, personId: string): Case[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM cases WHERE person_id = ? ORDER BY created_at DESC, id`)
    .all(personId) as Case[];
}

export function activeCase(db: Db, personId: string): Case | null {
  return (
    (db.prepare(`SELECT ${COLUMNS} FROM cases WHERE person_id = ? AND status = 'active'`).get(personId) as
      Case | undefined) ?? null
  );
}

/** Every active case of people not archived (for the home screen's reminders). */
export function listActiveCases(db: Db): Case[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM cases WHERE status = 'active'
       AND person_id IN (SELECT id FROM people WHERE archived_at IS NULL) ORDER BY created_at`,
    )
    .all() as Case[];
}

/** Closes whatever case of the person is active (the caller then opens or activates another). */
export function closeActiveCase(db: Db, personId: string, now: string): void {
  db.prepare(
    "UPDATE cases SET status = 'closed', updated_at = ? WHERE person_id = ? AND status = 'active'",
  ).run(now, personId);
}

export function insertCase(db: Db, personId: string, fields: CaseFields, now: string): string {
  const id = crypto.randomUUID();
  const columns = FIELDS.map((f) => FIELD_COLUMNS[f]);
  db.prepare(
    `INSERT INTO cases (id, person_id, status, ${columns.join(', ')}, created_at, updated_at)
     VALUES (@id, @personId, 'active', ${FIELDS.map((f) => `@${f}`).join(', ')}, @now, @now)`,
  ).run({ id, personId, now, ...Object.fromEntries(FIELDS.map((f) => [f, fields[f] ?? null])) });
  return id;
}

/** Updates only the fields given (undefined leaves a field as it is; null clears it). */
export function updateCase(
  db: Db,
  id: string,
  fields: CaseFields & { status?: Case['status'] },
  now: string,
): boolean {
  const given = FIELDS.filter((f) => fields[f] !== undefined);
  const sets = given.map((f) => `${FIELD_COLUMNS[f]} = @${f}`);
  if (fields.status) sets.push('status = @status');
  const values = Object.fromEntries(given.map((f) => [f, fields[f] ?? null]));
  return (
    db
      .prepare(`UPDATE cases SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`)
      .run({ ...values, ...(fields.status ? { status: fields.status } : {}), now, id }).changes === 1
  );
}

/** What a person said about one checklist item. */
export interface ItemOverride {
  itemId: string;
  state: 'not_applicable' | 'done';
  reason: string | null;
  doneOn: string | null;
  note: string | null;
}

export function listItemOverrides(db: Db, caseId: string): ItemOverride[] {
  return db
    .prepare(
      'SELECT item_id AS itemId, state, reason, done_on AS doneOn, note FROM case_items WHERE case_id = ?',
    )
    .all(caseId) as ItemOverride[];
}

export function upsertItemOverride(db: Db, caseId: string, item: ItemOverride, now: string): void {
  db.prepare(
    `INSERT INTO case_items (case_id, item_id, state, reason, done_on, note, updated_at)
     VALUES (@caseId, @itemId, @state, @reason, @doneOn, @note, @now)
     ON CONFLICT (case_id, item_id) DO UPDATE SET state = excluded.state, reason = excluded.reason,
       done_on = excluded.done_on, note = excluded.note, updated_at = excluded.updated_at`,
  ).run({ caseId, now, ...item });
}

export function deleteItemOverride(db: Db, caseId: string, itemId: string): void {
  db.prepare('DELETE FROM case_items WHERE case_id = ? AND item_id = ?').run(caseId, itemId);
}

/** One doctor's opinion as stored (the report is a document id). */
export interface OpinionRow {
  which: 'first' | 'second';
  doctor: string | null;
  diagnosis: string | null;
  stage: string | null;
  treatment: string | null;
  notes: string | null;
  reportDocumentId: string | null;
}

export function listOpinions(db: Db, caseId: string): OpinionRow[] {
  return db
    .prepare(
      `SELECT which, doctor, diagnosis, stage, treatment, notes, report_document_id AS reportDocumentId
       FROM case_opinions WHERE case_id = ?`,
    )
    .all(caseId) as OpinionRow[];
}

export function upsertOpinion(db: Db, caseId: string, opinion: OpinionRow, now: string): void {
  db.prepare(
    `INSERT INTO case_opinions (case_id, which, doctor, diagnosis, stage, treatment, notes, report_document_id,
       updated_at)
     VALUES (@caseId, @which, @doctor, @diagnosis, @stage, @treatment, @notes, @reportDocumentId, @now)
     ON CONFLICT (case_id, which) DO UPDATE SET doctor = excluded.doctor, diagnosis = excluded.diagnosis,
       stage = excluded.stage, treatment = excluded.treatment, notes = excluded.notes,
       report_document_id = excluded.report_document_id, updated_at = excluded.updated_at`,
  ).run({ caseId, now, ...opinion });
}
