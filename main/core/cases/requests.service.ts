import type { CaseDetail, RequestFields, RequestUpdate } from '../../../shared/schemas/case.schema.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { addDays } from './case-dates.ts';
import { caseDetail, requireOpenCase } from './case-view.service.ts';
import { requireOwnDocument } from './cases.service.ts';
import * as repo from './requests.repo.ts';

/** Offices usually answer within two weeks; after that the patient guides say to call. */
export const FOLLOW_UP_DAYS = 14;

export const requestNotFound = () =>
  new AppError('NOT_FOUND', 'That records request is not in this case any more.');

export function requireRequest(session: VaultSession, id: string): repo.RequestRow {
  const row = repo.getRequest(session.db, id);
  if (!row) throw requestNotFound();
  return row;
}

const text = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : value.trim() || null;

function checkDates(row: Pick<repo.RequestRow, 'fromDate' | 'toDate'>): void {
  if (row.fromDate && row.toDate && row.fromDate > row.toDate) {
    throw new AppError('INVALID_INPUT', 'The date range ends before it starts. Check the two dates.');
  }
}

/** Asks a provider for records: who, what, how, for which dates, and where to send them. */
export function addRequest(session: VaultSession, caseId: string, fields: RequestFields): CaseDetail {
  const kase = requireOpenCase(session, caseId);
  const row: repo.RequestEditable = {
    provider: fields.provider.trim(),
    department: text(fields.department) ?? null,
    providerContact: text(fields.providerContact) ?? null,
    items: [...new Set(fields.items)],
    details: text(fields.details) ?? null,
    method: fields.method,
    fromDate: fields.fromDate ?? null,
    toDate: fields.toDate ?? null,
    sendTo: text(fields.sendTo) ?? null,
    sentOn: fields.sentOn ?? null,
    followUpOn: fields.followUpOn ?? (fields.sentOn ? addDays(fields.sentOn, FOLLOW_UP_DAYS) : null),
    receivedOn: null,
    letterDocumentId: null,
    notes: text(fields.notes) ?? null,
  };
  checkDates(row);
  repo.insertRequest(session.db, kase.id, row, new Date().toISOString());
  return caseDetail(session, kase.id);
}

/**
 * Changes a request: mark it sent (a follow-up date is set two weeks later unless one is given), received,
 * or link the documents that arrived (they must be this person's).
 */
export function updateRequest(session: VaultSession, input: RequestUpdate): CaseDetail {
  const old = requireRequest(session, input.id);
  const kase = requireOpenCase(session, old.caseId);
  const { id, documentIds, ...fields } = input;
  const changes: Partial<repo.RequestEditable> = {
    ...fields,
    provider: fields.provider?.trim(),
    department: text(fields.department),
    providerContact: text(fields.providerContact),
    details: text(fields.details),
    sendTo: text(fields.sendTo),
    notes: text(fields.notes),
    items: fields.items ? [...new Set(fields.items)] : undefined,
  };
  if (fields.sentOn && !old.sentOn && fields.followUpOn === undefined && !old.followUpOn) {
    changes.followUpOn = addDays(fields.sentOn, FOLLOW_UP_DAYS);
  }
  checkDates({
    fromDate: changes.fromDate === undefined ? old.fromDate : changes.fromDate,
    toDate: changes.toDate === undefined ? old.toDate : changes.toDate,
  });
  for (const documentId of documentIds ?? []) requireOwnDocument(session, kase.personId, documentId);
  session.db.transaction(() => {
    repo.updateRequest(session.db, id, changes, new Date().toISOString());
    if (documentIds) repo.setLinkedDocuments(session.db, id, [...new Set(documentIds)]);
  })();
  return caseDetail(session, kase.id);
}

/** Removes a request (its letter stays in the vault, as any document does). */
export function deleteRequest(session: VaultSession, id: string): void {
  requireOpenCase(session, requireRequest(session, id).caseId);
  if (!repo.deleteRequest(session.db, id)) throw requestNotFound();
}
