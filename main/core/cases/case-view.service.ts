import type {
  Case,
  CaseDetail,
  CaseDocument,
  CaseRecording,
  Opinion,
  RecordRequest,
} from '../../../shared/schemas/case.schema.ts';
import * as docs from '../documents/documents.repo.ts';
import { AppError } from '../errors.ts';
import { getPerson } from '../people/people.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { getCase, listOpinions } from './cases.repo.ts';
import { localToday } from './case-dates.ts';
import { deriveChecklist, toCaseDocument } from './checklist.service.ts';
import { listQuestions } from './questions.repo.ts';
import { caseReminders, DEFAULT_REMINDER_DAYS } from './reminders.service.ts';
import { requestState } from './request-state.ts';
import { listRecordings } from './recordings.repo.ts';
import { linkedDocumentIds, listRequests, type RequestRow } from './requests.repo.ts';

export const caseNotFound = () =>
  new AppError('NOT_FOUND', 'That second-opinion case is not in this vault any more.');

/** The case, or NOT_FOUND. */
export function requireCase(session: VaultSession, id: string): Case {
  const kase = getCase(session.db, id);
  if (!kase) throw caseNotFound();
  return kase;
}

/**
 * A case that may be changed. A closed case is kept as it was when it was closed — the record of an
 * earlier second opinion — so changing it means reopening it first.
 */
export function requireOpenCase(session: VaultSession, id: string): Case {
  const kase = requireCase(session, id);
  if (kase.status !== 'active') {
    throw new AppError(
      'INVALID_INPUT',
      'This second opinion is closed, so it is kept as it was. Reopen it first to change it.',
    );
  }
  return kase;
}

/** A live document of the vault, as the case screens show it (null once trashed). */
export function caseDocument(session: VaultSession, id: string | null): CaseDocument | null {
  const row = id ? docs.getDocument(session.db, id) : null;
  return row ? toCaseDocument(row) : null;
}

export function toRecordRequest(session: VaultSession, row: RequestRow, today: string): RecordRequest {
  return {
    ...row,
    state: requestState(row, today),
    documents: linkedDocumentIds(session.db, row.id)
      .map((id) => caseDocument(session, id))
      .filter((d): d is CaseDocument => d !== null),
  };
}

function opinions(session: VaultSession, caseId: string): CaseDetail['opinions'] {
  const rows = listOpinions(session.db, caseId);
  const one = (which: Opinion['which']): Opinion => {
    const row = rows.find((r) => r.which === which);
    return {
      which,
      doctor: row?.doctor ?? null,
      diagnosis: row?.diagnosis ?? null,
      stage: row?.stage ?? null,
      treatment: row?.treatment ?? null,
      notes: row?.notes ?? null,
      report: caseDocument(session, row?.reportDocumentId ?? null),
    };
  };
  return { first: one('first'), second: one('second') };
}

/**
 * The case's recordings still in the person's binder: a trashed one disappears (and comes back if
 * restored), and one moved to another family member is never shown with this person's case.
 */
function caseRecordings(session: VaultSession, kase: Case): CaseRecording[] {
  return listRecordings(session.db, kase.id).flatMap(({ documentId, addedOn }) => {
    const row = docs.getDocument(session.db, documentId);
    return row?.personId === kase.personId ? [{ ...toCaseDocument(row), addedOn }] : [];
  });
}

/** Everything the case screen shows, derived afresh (the checklist is never stored). */
export function caseDetail(session: VaultSession, caseId: string, today = localToday()): CaseDetail {
  const kase = requireCase(session, caseId);
  const checklist = deriveChecklist(session, kase.personId, kase);
  const requests = listRequests(session.db, kase.id);
  const personName = getPerson(session.db, kase.personId)?.name ?? '';
  return {
    case: kase,
    checklist,
    requests: requests.map((row) => toRecordRequest(session, row, today)),
    questions: listQuestions(session.db, kase.id),
    opinions: opinions(session, kase.id),
    recordings: caseRecordings(session, kase),
    reminders: caseReminders(kase, personName, checklist, requests, {
      today,
      withinDays: DEFAULT_REMINDER_DAYS,
    }),
  };
}
