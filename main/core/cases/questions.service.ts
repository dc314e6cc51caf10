import type { CaseDetail, SuggestedQuestion } from '../../../shared/schemas/case.schema.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { localToday } from './case-dates.ts';
import { caseDetail, requireCase, requireOpenCase } from './case-view.service.ts';
import * as repo from './questions.repo.ts';
import { SUGGESTED_QUESTIONS } from './suggested-questions.ts';

const questionNotFound = () => new AppError('NOT_FOUND', 'That question is not on the list any more.');

/** A question of a case that may be changed (an earlier, closed case keeps its list as it was). */
function requireQuestion(session: VaultSession, id: string) {
  const question = repo.getQuestion(session.db, id);
  if (!question) throw questionNotFound();
  requireOpenCase(session, question.caseId);
  return question;
}

/** The suggested questions, each marked when it is already on this case's list. */
export function suggestedQuestions(session: VaultSession, caseId: string): SuggestedQuestion[] {
  const kase = requireCase(session, caseId);
  const added = new Set(repo.listQuestions(session.db, kase.id).map((q) => q.suggestionId));
  return SUGGESTED_QUESTIONS.map((q) => ({ ...q, added: added.has(q.id) }));
}

/** Adds a question at the end: the person's own words, or a suggested question (optionally reworded). */
export function addQuestion(
  session: VaultSession,
  input: { caseId: string; text?: string; suggestionId?: SuggestedQuestion['id'] },
): CaseDetail {
  const kase = requireOpenCase(session, input.caseId);
  const suggestion = SUGGESTED_QUESTIONS.find((q) => q.id === input.suggestionId);
  const text = input.text?.trim() || suggestion?.text;
  if (!text) throw new AppError('INVALID_INPUT', 'Write the question.');
  repo.insertQuestion(session.db, kase.id, text, suggestion?.id ?? null, new Date().toISOString());
  return caseDetail(session, kase.id);
}

/** Rewords a question, or marks it answered (with the answer) or not answered again. */
export function updateQuestion(
  session: VaultSession,
  input: { id: string; text?: string; answered?: boolean; answer?: string | null },
): CaseDetail {
  const old = requireQuestion(session, input.id);
  const answer = input.answer === undefined ? old.answer : input.answer?.trim() || null;
  const answered = input.answered ?? (old.answered || (input.answer !== undefined && answer !== null));
  repo.updateQuestion(
    session.db,
    old.id,
    {
      text: input.text?.trim() || old.text,
      answer,
      answeredOn: answered ? (old.answeredOn ?? localToday()) : null,
    },
    new Date().toISOString(),
  );
  return caseDetail(session, old.caseId);
}

/** Moves a question to a new place in the list (0 is the top; past the end means last). */
export function moveQuestion(session: VaultSession, id: string, position: number): CaseDetail {
  const question = requireQuestion(session, id);
  const ids = repo.listQuestions(session.db, question.caseId).map((q) => q.id);
  ids.splice(ids.indexOf(id), 1);
  ids.splice(Math.min(position, ids.length), 0, id);
  session.db.transaction(() => repo.setOrder(session.db, ids))();
  return caseDetail(session, question.caseId);
}

export function deleteQuestion(session: VaultSession, id: string): CaseDetail {
  const question = requireQuestion(session, id);
  session.db.transaction(() => {
    repo.deleteQuestion(session.db, id);
    repo.setOrder(
      session.db,
      repo.listQuestions(session.db, question.caseId).map((q) => q.id),
    );
  })();
  return caseDetail(session, question.caseId);
}
