import { describe, expect, it } from 'vitest';
import { compare, promisedBy } from '../../crash/crash-expectations.ts';
import type { ChildMessage, Op } from '../../crash/crash-protocol.ts';
import type { DocState, VaultState } from '../../crash/crash-state.ts';

// The harness is only as good as its check: these feed it made-up messages and vault states.

const FIXTURES = new Map([
  ['note-0.txt', 'sha-note'],
  ['scan-0.png', 'sha-scan'],
]);

function doc(sha256: string, changes: Partial<DocState> = {}): DocState {
  return { sha256, trashed: false, userTitle: null, userCategory: null, status: 'done', ...changes };
}

function vault(docs: Record<string, DocState>, meds: Record<string, string[]> = {}): VaultState {
  return { docs: new Map(Object.entries(docs)), meds: new Map(Object.entries(meds)) };
}

/** Messages for operations that were acknowledged, then optionally one that was cut short. */
function run(acked: { op: Op; ack?: ChildMessage & { t: 'ack' } }[], inFlight?: Op): ChildMessage[] {
  const messages: ChildMessage[] = [{ t: 'loaded' }, { t: 'ready' }];
  acked.forEach(({ op, ack }, seq) => {
    messages.push({ t: 'begin', seq, op }, ack ?? { t: 'ack', seq, ack: { kind: 'other' } });
  });
  if (inFlight) messages.push({ t: 'begin', seq: acked.length, op: inFlight });
  return messages;
}

const before = vault({ a: doc('sha-a', { status: 'needs_review' }) }, { m: ['start'] });

describe('the crash harness check', () => {
  it('accepts a vault that holds every acknowledged change', () => {
    const messages = run([
      { op: { kind: 'rename', id: 'a', title: 'Biopsy' } },
      { op: { kind: 'classify', id: 'a', category: 'pathology' } },
      { op: { kind: 'med-stop', id: 'm', date: '2024-01-02' } },
    ]);
    const after = vault(
      { a: doc('sha-a', { userTitle: 'Biopsy', userCategory: 'pathology', status: 'done' }) },
      { m: ['start', 'stop'] },
    );
    expect(compare(promisedBy(before, messages), after, FIXTURES)).toEqual([]);
  });

  it('reports an acknowledged rename, trash or medicine event that was lost', () => {
    const messages = run([
      { op: { kind: 'rename', id: 'a', title: 'Biopsy' } },
      { op: { kind: 'trash', id: 'a' } },
      { op: { kind: 'med-stop', id: 'm', date: '2024-01-02' } },
    ]);
    const problems = compare(promisedBy(before, messages), before, FIXTURES);
    expect(problems).toHaveLength(3);
  });

  it('reports an acknowledged document that is gone', () => {
    const messages = run([
      {
        op: { kind: 'import', files: ['note-0.txt'] },
        ack: {
          t: 'ack',
          seq: 0,
          ack: {
            kind: 'import',
            outcomes: [{ documentId: 'b', status: 'imported', errorCode: null, sha256: 'sha-note' }],
          },
        },
      },
    ]);
    expect(compare(promisedBy(before, messages), before, FIXTURES)).toEqual([
      'acknowledged document b is gone',
    ]);
  });

  it('accepts the operation in flight as done or not done', () => {
    const renaming = run([], { kind: 'rename', id: 'a', title: 'New' });
    const renamed = vault(
      { a: doc('sha-a', { userTitle: 'New', status: 'needs_review' }) },
      { m: ['start'] },
    );
    expect(compare(promisedBy(before, renaming), renamed, FIXTURES)).toEqual([]);
    expect(compare(promisedBy(before, renaming), before, FIXTURES)).toEqual([]);

    const importing = run([], { kind: 'import', files: ['scan-0.png'] });
    const staged = vault(
      { ...Object.fromEntries(before.docs), c: doc('sha-scan', { status: 'queued' }) },
      {
        m: ['start'],
      },
    );
    expect(compare(promisedBy(before, importing), staged, FIXTURES)).toEqual([]);
  });

  it('reports a change nothing explains: a document or medicine from nowhere, another title', () => {
    const after = vault(
      { a: doc('sha-a', { userTitle: 'Other', status: 'needs_review' }), z: doc('sha-note') },
      { m: ['start'], n: ['start'] },
    );
    const problems = compare(promisedBy(before, run([])), after, FIXTURES);
    expect(problems).toHaveLength(4);
  });
});
