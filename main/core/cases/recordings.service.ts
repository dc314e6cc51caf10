import type { CaseDetail } from '../../../shared/schemas/case.schema.ts';
import { getDocument } from '../documents/documents.repo.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { localToday } from './case-dates.ts';
import { caseDetail, requireOpenCase } from './case-view.service.ts';
import { requireOwnDocument } from './cases.service.ts';
import { deleteRecording, insertRecording } from './recordings.repo.ts';

/**
 * Adds an audio recording (already in the person's binder) to the case's visit notes. Only recordings:
 * written notes and reports reach the case through the checklist and the opinions.
 */
export function addRecording(session: VaultSession, caseId: string, documentId: string): CaseDetail {
  const kase = requireOpenCase(session, caseId);
  requireOwnDocument(session, kase.personId, documentId);
  if (getDocument(session.db, documentId)?.kind !== 'audio') {
    throw new AppError('INVALID_INPUT', 'Only audio recordings can be added to the visit notes this way.');
  }
  insertRecording(session.db, kase.id, documentId, localToday());
  return caseDetail(session, kase.id);
}

/** Takes a recording off the case's visit notes; the recording itself stays in the binder. */
export function removeRecording(session: VaultSession, caseId: string, documentId: string): CaseDetail {
  const kase = requireOpenCase(session, caseId);
  if (!deleteRecording(session.db, kase.id, documentId)) {
    throw new AppError('NOT_FOUND', 'That recording is not with these visit notes any more.');
  }
  return caseDetail(session, kase.id);
}
