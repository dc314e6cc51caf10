import type { Ack, ChildMessage, FileOutcome, Op } from './crash-protocol.ts';
import type { DocState, VaultState } from './crash-state.ts';

const READ = ['done', 'needs_review'];

/** A document as the acknowledged operations say it must be. */
interface DocExpectation {
  /** Null while only a duplicate outcome has named it (its own bytes are not known yet). */
  sha256: string | null;
  trashed: boolean;
  userTitle: string | null;
  userCategory: string | null;
  statuses: Set<string>;
}

/** What one child's messages promise: the expected vault, the operation cut short, and files to verify. */
export interface Promised {
  docs: Map<string, DocExpectation>;
  meds: Map<string, string[]>;
  /** The operation that had begun but not been acknowledged when the child died. */
  inFlight: Op | null;
  acknowledged: Op[];
  /** Backup files and packet folders that were acknowledged as written. */
  backups: string[];
  packets: { out: string; ok: boolean }[];
  /** Operations that reported a failure (an import outcome with an error, an unverified packet). */
  failures: string[];
}

/**
 * Replays a child's messages over the state verified before it ran: each acknowledged operation is
 * applied, and the one in flight is remembered so the check can accept it as done or not done.
 */
export function promisedBy(baseline: VaultState, messages: ChildMessage[]): Promised {
  const promised: Promised = {
    docs: new Map([...baseline.docs].map(([id, doc]) => [id, expectationOf(doc)])),
    meds: new Map([...baseline.meds].map(([id, kinds]) => [id, [...kinds]])),
    inFlight: null,
    acknowledged: [],
    backups: [],
    packets: [],
    failures: [],
  };
  for (const message of messages) {
    if (message.t === 'begin') promised.inFlight = message.op;
    else if (message.t === 'ack' && promised.inFlight) {
      apply(promised, promised.inFlight, message.ack);
      promised.acknowledged.push(promised.inFlight);
      promised.inFlight = null;
    }
  }
  return promised;
}

function expectationOf(doc: DocState): DocExpectation {
  return { ...doc, statuses: new Set([doc.status]) };
}

function apply(promised: Promised, op: Op, ack: Ack): void {
  const doc = (id: string): DocExpectation => {
    const found = promised.docs.get(id);
    if (!found) throw new Error(`acknowledged ${op.kind} of a document the harness never saw (${id})`);
    return found;
  };
  switch (op.kind) {
    case 'import':
    case 'resume':
      if (ack.kind === 'import' || ack.kind === 'resume') {
        for (const outcome of ack.outcomes) applyOutcome(promised, op, outcome);
        if (ack.kind === 'resume') for (const id of ack.removed) promised.docs.delete(id);
      }
      return;
    case 'reread':
      doc(op.id).statuses = new Set(READ);
      return;
    case 'rename':
      doc(op.id).userTitle = op.title;
      return;
    case 'classify': {
      const target = doc(op.id);
      target.userCategory = op.category;
      target.statuses = new Set([...target.statuses].map((s) => (s === 'needs_review' ? 'done' : s)));
      return;
    }
    case 'trash':
    case 'restore':
      doc(op.id).trashed = op.kind === 'trash';
      return;
    case 'med-add':
      if (ack.kind === 'med-add') promised.meds.set(ack.id, ['start']);
      return;
    case 'med-stop':
    case 'med-restart':
      promised.meds.get(op.id)?.push(op.kind === 'med-stop' ? 'stop' : 'restart');
      return;
    case 'backup':
      promised.backups.push(op.file);
      return;
    case 'export':
      promised.packets.push({ out: op.out, ok: ack.kind === 'export' && ack.ok });
      return;
    case 'remember':
      return;
  }
}

function applyOutcome(promised: Promised, op: Op, outcome: FileOutcome): void {
  if (outcome.errorCode || !outcome.documentId) {
    promised.failures.push(`${op.kind} reported ${outcome.errorCode ?? 'no document'} for a valid file`);
    return;
  }
  const known = promised.docs.get(outcome.documentId);
  if (outcome.status === 'duplicate') {
    // The document it duplicates: already known, or staged earlier in this same batch.
    if (!known)
      promised.docs.set(outcome.documentId, {
        sha256: null,
        trashed: false,
        userTitle: null,
        userCategory: null,
        statuses: new Set([...READ, 'queued', 'reading']),
      });
    return;
  }
  const next = known ?? {
    sha256: null,
    trashed: false,
    userTitle: null,
    userCategory: null,
    statuses: new Set(),
  };
  if (outcome.sha256) next.sha256 = outcome.sha256;
  next.statuses = new Set(READ);
  promised.docs.set(outcome.documentId, next);
}

/**
 * Compares the reopened vault with what was promised. Every acknowledged change must be there; the
 * operation in flight may have happened or not, but nothing else may have changed.
 */
export function compare(promised: Promised, observed: VaultState, fixtureSha: Map<string, string>): string[] {
  const problems = [...promised.failures];
  const op = promised.inFlight;
  /** The in-flight operation if it was working on this document. */
  const pendingOn = (id: string): Op | null =>
    op && (('id' in op && op.id === id) || (op.kind === 'resume' && op.ids.includes(id))) ? op : null;

  for (const [id, want] of promised.docs) {
    const got = observed.docs.get(id);
    const pending = pendingOn(id);
    if (!got) {
      if (pending?.kind !== 'resume') problems.push(`acknowledged document ${id} is gone`);
      continue;
    }
    if (want.sha256 !== null && got.sha256 !== want.sha256) problems.push(`document ${id} holds other bytes`);
    if (got.trashed !== want.trashed && pending?.kind !== 'trash' && pending?.kind !== 'restore')
      problems.push(`document ${id}: trashed=${got.trashed}, acknowledged ${want.trashed}`);
    if (got.userTitle !== want.userTitle && !(pending?.kind === 'rename' && got.userTitle === pending.title))
      problems.push(`document ${id}: title ${got.userTitle}, acknowledged ${want.userTitle}`);
    if (
      got.userCategory !== want.userCategory &&
      !(pending?.kind === 'classify' && got.userCategory === pending.category)
    )
      problems.push(`document ${id}: category ${got.userCategory}, acknowledged ${want.userCategory}`);
    const statusPending =
      pending?.kind === 'reread' ||
      pending?.kind === 'resume' ||
      (pending?.kind === 'classify' && got.status === 'done');
    if (!want.statuses.has(got.status) && !statusPending)
      problems.push(`document ${id}: status ${got.status}, acknowledged ${[...want.statuses].join('/')}`);
  }

  const extras = [...observed.docs].filter(([id]) => !promised.docs.has(id));
  const importing = op?.kind === 'import' ? op.files : [];
  if (extras.length > importing.length)
    problems.push(`${extras.length} documents appeared that no acknowledged or in-flight import explains`);
  const importedSha = new Set(importing.map((f) => fixtureSha.get(f)));
  for (const [id, doc] of extras)
    if (!importedSha.has(doc.sha256))
      problems.push(`document ${id} appeared with bytes of no file being imported`);

  for (const [id, want] of promised.meds) {
    const got = observed.meds.get(id);
    const pending = op && (op.kind === 'med-stop' || op.kind === 'med-restart') && op.id === id;
    const withPending = [...want, op?.kind === 'med-stop' ? 'stop' : 'restart'];
    if (!got) problems.push(`acknowledged medicine ${id} is gone`);
    else if (!same(got, want) && !(pending && same(got, withPending)))
      problems.push(`medicine ${id}: history ${got.join(',')}, acknowledged ${want.join(',')}`);
  }
  const newMeds = [...observed.meds].filter(([id]) => !promised.meds.has(id));
  const allowed = op?.kind === 'med-add' ? 1 : 0;
  if (newMeds.length > allowed || newMeds.some(([, kinds]) => !same(kinds, ['start'])))
    problems.push(`${newMeds.length} medicines appeared that no operation explains`);
  return problems;
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
