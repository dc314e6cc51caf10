import {
  CHECKLIST_DOCUMENT_ITEMS,
  type Case,
  type CaseDetail,
  type CaseFields,
  type CaseSummary,
  type Checklist,
  type OpinionInput,
  type SetItemInput,
} from '../../../shared/schemas/case.schema.ts';
import * as docs from '../documents/documents.repo.ts';
import { AppError } from '../errors.ts';
import { getPerson } from '../people/people.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import * as repo from './cases.repo.ts';
import { localToday } from './case-dates.ts';
import { caseDetail, requireCase, requireOpenCase } from './case-view.service.ts';
import { DERIVED_TASKS } from './checklist-items.ts';
import { deriveChecklist } from './checklist.service.ts';

const personNotFound = () => new AppError('NOT_FOUND', 'That family member is not in this vault any more.');

/** Trims text fields; empty text means "not known" (null). */
function clean(fields: CaseFields): CaseFields {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || null : v]),
  ) as CaseFields;
}

/** A document the person may attach to their case: in the vault, not trashed, and filed under them. */
export function requireOwnDocument(session: VaultSession, personId: string, documentId: string): void {
  const row = docs.getDocument(session.db, documentId);
  if (!row) throw new AppError('NOT_FOUND', 'That document is not in this vault any more.');
  if (row.personId !== personId) {
    throw new AppError(
      'INVALID_INPUT',
      'That document is filed under another family member. Move it to this person first.',
    );
  }
}

/**
 * Opens a new second-opinion case for a person. It becomes the active one; an earlier active case is
 * closed (kept, with everything in it, for the record).
 */
export function createCase(session: VaultSession, personId: string, fields: CaseFields): CaseDetail {
  if (!getPerson(session.db, personId)) throw personNotFound();
  const now = new Date().toISOString();
  const id = session.db.transaction(() => {
    repo.closeActiveCase(session.db, personId, now);
    return repo.insertCase(session.db, personId, clean(fields), now);
  })();
  return caseDetail(session, id);
}

/**
 * Changes what the person knows about the case, or closes it (everything in it is kept). A closed case
 * changes only by being reopened, which closes the person's other active case: one is active at a time.
 */
export function updateCase(
  session: VaultSession,
  id: string,
  fields: CaseFields & { status?: Case['status'] },
): CaseDetail {
  const kase = fields.status === 'active' ? requireCase(session, id) : requireOpenCase(session, id);
  const now = new Date().toISOString();
  session.db.transaction(() => {
    if (fields.status === 'active' && kase.status !== 'active')
      repo.closeActiveCase(session.db, kase.personId, now);
    repo.updateCase(session.db, id, clean(fields), now);
  })();
  return caseDetail(session, id);
}

/** A person's cases, newest first, each with its readiness. */
export function listCaseSummaries(session: VaultSession, personId: string): CaseSummary[] {
  if (!getPerson(session.db, personId)) throw personNotFound();
  return repo.listCases(session.db, personId).map((kase) => ({
    ...kase,
    readiness: deriveChecklist(session, personId, kase).readiness,
  }));
}

/** The checklist of the person's active case, or of their records alone when no case has been opened. */
export function personChecklist(session: VaultSession, personId: string): Checklist {
  if (!getPerson(session.db, personId)) throw personNotFound();
  return deriveChecklist(session, personId, repo.activeCase(session.db, personId));
}

/**
 * What a person says about one checklist item: it does not apply (with the reason, kept and shown), a task
 * is done (on a date), or 'auto' to let the vault decide again. Documents are never ticked off by hand:
 * they count once they are in the vault.
 */
export function setChecklistItem(session: VaultSession, input: SetItemInput): CaseDetail {
  const kase = requireOpenCase(session, input.caseId);
  const now = new Date().toISOString();
  if (input.state === 'auto') {
    repo.deleteItemOverride(session.db, kase.id, input.itemId);
    return caseDetail(session, kase.id);
  }
  const reason = input.reason?.trim() || null;
  if (input.state === 'not_applicable' && !reason) {
    throw new AppError('INVALID_INPUT', 'Say why this does not apply (for example, “no surgery yet”).');
  }
  if (input.state === 'done') {
    if ((CHECKLIST_DOCUMENT_ITEMS as readonly string[]).includes(input.itemId)) {
      throw new AppError(
        'INVALID_INPUT',
        'Records count as present once they are in the vault. Import them, or mark the item as not applicable.',
      );
    }
    if (DERIVED_TASKS.has(input.itemId)) {
      throw new AppError('INVALID_INPUT', 'This is ticked off by itself once you have written a question.');
    }
  }
  repo.upsertItemOverride(
    session.db,
    kase.id,
    {
      itemId: input.itemId,
      state: input.state,
      reason: input.state === 'not_applicable' ? reason : null,
      doneOn: input.state === 'done' ? (input.date ?? localToday()) : null,
      note: input.note?.trim() || null,
    },
    now,
  );
  return caseDetail(session, kase.id);
}

/** Records the first or the second doctor's opinion (fields left out keep their value). */
export function setOpinion(session: VaultSession, input: OpinionInput): CaseDetail {
  const kase = requireOpenCase(session, input.caseId);
  if (input.reportDocumentId) requireOwnDocument(session, kase.personId, input.reportDocumentId);
  const old = repo.listOpinions(session.db, kase.id).find((o) => o.which === input.which);
  const pick = <K extends keyof repo.OpinionRow>(key: K & keyof OpinionInput) => {
    const value = input[key];
    if (value === undefined) return old?.[key] ?? null;
    return typeof value === 'string' ? value.trim() || null : value;
  };
  repo.upsertOpinion(
    session.db,
    kase.id,
    {
      which: input.which,
      doctor: pick('doctor'),
      diagnosis: pick('diagnosis'),
      stage: pick('stage'),
      treatment: pick('treatment'),
      notes: pick('notes'),
      reportDocumentId: pick('reportDocumentId'),
    },
    new Date().toISOString(),
  );
  return caseDetail(session, kase.id);
}
