import crypto from 'node:crypto';
import type { Question } from '../../../shared/schemas/case.schema.ts';
import type { Db } from '../db/database.ts';

type QuestionRow = Omit<Question, 'answered'>;

const COLUMNS = `id, case_id AS caseId, position, text, suggestion_id AS suggestionId, answer,
  answered_on AS answeredOn`;

function toQuestion(row: QuestionRow): Question {
  return { ...row, answered: row.answeredOn !== null };
}

export function getQuestion(db: Db, id: string): Question | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM case_questions WHERE id = ?`).get(id) as
    QuestionRow | undefined;
  return row ? toQuestion(row) : null;
}

/** A case's questions in the order the person put them. */
export function listQuestions(db: Db, caseId: string): Question[] {
  return (
    db
      .prepare(`SELECT ${COLUMNS} FROM case_questions WHERE case_id = ? ORDER BY position, created_at`)
      .all(caseId) as QuestionRow[]
  ).map(toQuestion);
}

/** Adds a question at the end of the list. */
export function insertQuestion(
  db: Db,
  caseId: string,
  text: string,
  suggestionId: string | null,
  now: string,
): string {
  const id = crypto.randomUUID();
  const { next } = db
    .prepare('SELECT coalesce(max(position) + 1, 0) AS next FROM case_questions WHERE case_id = ?')
    .get(caseId) as { next: number };
  db.prepare(
    `INSERT INTO case_questions (id, case_id, position, text, suggestion_id, answer, answered_on, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
  ).run(id, caseId, next, text, suggestionId, now, now);
  return id;
}

export function updateQuestion(
  db: Db,
  id: string,
  fields: { text: string; answer: string | null; answeredOn: string | null },
  now: string,
): void {
  db.prepare(
    'UPDATE case_questions SET text = ?, answer = ?, answered_on = ?, updated_at = ? WHERE id = ?',
  ).run(fields.text, fields.answer, fields.answeredOn, now, id);
}

/** Writes the order of a case's questions as given (positions 0..n-1). */
export function setOrder(db: Db, ids: string[]): void {
  const update = db.prepare('UPDATE case_questions SET position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(position, id));
}

export function deleteQuestion(db: Db, id: string): void {
  db.prepare('DELETE FROM case_questions WHERE id = ?').run(id);
}
