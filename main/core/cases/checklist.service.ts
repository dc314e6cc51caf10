import {
  CHECKLIST_DOCUMENT_ITEMS,
  CHECKLIST_TASK_ITEMS,
  type Case,
  type CaseDocument,
  type Checklist,
  type ChecklistItem,
  type ChecklistItemId,
  type Readiness,
} from '../../../shared/schemas/case.schema.ts';
import * as docs from '../documents/documents.repo.ts';
import { listMedications } from '../medlog/medications.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { listItemOverrides, type ItemOverride } from './cases.repo.ts';
import { DERIVED_TASKS, ITEM_DEFINITIONS } from './checklist-items.ts';
import { listQuestions } from './questions.repo.ts';
import { listRequests, type RequestRow } from './requests.repo.ts';

/** A document as the case screens list it. */
export function toCaseDocument(row: docs.DocumentRow): CaseDocument {
  return { id: row.id, title: row.title, date: row.docDate, needsReview: row.status === 'needs_review' };
}

/**
 * The person's filed documents by category; documents still being read or that failed are not filed yet.
 * Audio recordings are left out: filed under visit notes, they are the patient's own record of a visit,
 * not the written notes the second-opinion doctor reads, so they never tick that item off (the case lists
 * them with its visit notes instead).
 */
function documentsByCategory(session: VaultSession, personId: string): Map<string, CaseDocument[]> {
  const out = new Map<string, CaseDocument[]>();
  for (const row of docs.listDocumentsOf(session.db, personId)) {
    if (!row.category || (row.status !== 'done' && row.status !== 'needs_review')) continue;
    if (row.kind === 'audio') continue;
    const list = out.get(row.category) ?? [];
    list.push(toCaseDocument(row));
    out.set(row.category, list);
  }
  for (const list of out.values()) list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What to say about a gap that a request is already under way for. */
function requestNext(request: RequestRow): string {
  if (!request.sentOn) return `A request to ${request.provider} is ready: send it, then mark it as sent.`;
  const follow = request.followUpOn ? `; follow up on ${request.followUpOn} if nothing has arrived` : '';
  return `Requested from ${request.provider} on ${request.sentOn}${follow}.`;
}

function insuranceGap(kase: Case): string | null {
  const pending = [
    kase.referral === 'needed' ? 'referral' : null,
    kase.priorAuthorization === 'needed' ? 'prior authorisation' : null,
  ].filter(Boolean);
  return pending.length
    ? `Get the ${pending.join(' and ')} your insurance company asked for before the appointment.`
    : null;
}

interface Inputs {
  byCategory: Map<string, CaseDocument[]>;
  medicationCount: number;
  overrides: Map<string, ItemOverride>;
  openRequests: RequestRow[];
  questionCount: number;
  answeredCount: number;
}

/** One item's status from the vault, then what the person said (not applicable, or done). */
function deriveItem(id: ChecklistItemId, kind: ChecklistItem['kind'], kase: Case | null, inputs: Inputs) {
  const definition = ITEM_DEFINITIONS[id];
  const override = inputs.overrides.get(id);
  const documents = kind === 'document' ? (inputs.byCategory.get(id) ?? []) : [];
  const requests = inputs.openRequests.filter((r) => (r.items as readonly string[]).includes(id));
  let present = documents.length > 0;
  let detail = documents.length ? plural(documents.length, 'document') : null;
  let gap: string | null = null;
  if (id === 'medications' && inputs.medicationCount > 0) {
    present = true;
    const logged = `${plural(inputs.medicationCount, 'medicine')} in the medication log`;
    detail = detail ? `${logged}; ${detail}` : logged;
  }
  if (id === 'questions_prepared') {
    present = inputs.questionCount > 0;
    detail = present ? `${plural(inputs.questionCount, 'question')}, ${inputs.answeredCount} answered` : null;
  }
  if (kind === 'task' && !DERIVED_TASKS.has(id) && override?.state === 'done') {
    present = true;
    detail = override.doneOn ? `Done on ${override.doneOn}` : 'Done';
  }
  if (id === 'insurance_checked' && kase && present) {
    gap = insuranceGap(kase);
    if (gap) present = false;
  }
  const notApplicable = override?.state === 'not_applicable';
  const status: ChecklistItem['status'] = notApplicable ? 'not_applicable' : present ? 'present' : 'missing';
  const next =
    status !== 'missing' ? null : (gap ?? (requests[0] ? requestNext(requests[0]) : definition.next));
  return {
    item: {
      id,
      kind,
      label: definition.label,
      status,
      documents,
      reason: notApplicable ? (override.reason ?? null) : null,
      doneOn: override?.state === 'done' ? override.doneOn : null,
      note: override?.note ?? null,
      detail,
      next,
      openRequestIds: requests.map((r) => r.id),
      canMarkDone: kind === 'task' && !DERIVED_TASKS.has(id),
    } satisfies ChecklistItem,
    short: definition.short,
  };
}

/** "7 of 9 ready — missing: pathology report, imaging report" over the items that apply. */
export function readinessOf(items: { item: ChecklistItem; short: string }[]): Readiness {
  const applicable = items.filter(({ item }) => item.status !== 'not_applicable');
  const ready = applicable.filter(({ item }) => item.status === 'present').length;
  const missing = applicable.filter(({ item }) => item.status === 'missing').map(({ short }) => short);
  const tail = missing.length ? ` — missing: ${missing.join(', ')}` : ' — everything is ready';
  return { ready, total: applicable.length, missing, text: `${ready} of ${applicable.length} ready${tail}` };
}

/**
 * The checklist, derived live from the vault on every read (never stored): documents by category, the
 * medication log, the case's questions and requests, and what the person said about each item. Without a
 * case it covers the person's records alone (the document items).
 */
export function deriveChecklist(session: VaultSession, personId: string, kase: Case | null): Checklist {
  const questions = kase ? listQuestions(session.db, kase.id) : [];
  const inputs: Inputs = {
    byCategory: documentsByCategory(session, personId),
    medicationCount: listMedications(session.db, personId).length,
    overrides: new Map(kase ? listItemOverrides(session.db, kase.id).map((o) => [o.itemId, o]) : []),
    openRequests: kase ? listRequests(session.db, kase.id).filter((r) => !r.receivedOn) : [],
    questionCount: questions.length,
    answeredCount: questions.filter((q) => q.answered).length,
  };
  const derived = [
    ...CHECKLIST_DOCUMENT_ITEMS.map((id) => deriveItem(id, 'document', kase, inputs)),
    ...(kase ? CHECKLIST_TASK_ITEMS.map((id) => deriveItem(id, 'task', kase, inputs)) : []),
  ];
  return {
    personId,
    caseId: kase?.id ?? null,
    items: derived.map(({ item }) => item),
    readiness: readinessOf(derived),
  };
}
