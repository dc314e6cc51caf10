import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { listReminders } from '../../../main/core/cases/reminders.service.ts';
import { importThroughApi } from '../../helpers/api-harness.ts';
import { wavFile } from '../../helpers/make-audio.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { caseCall, importFixture, openCaseApp } from './case-harness.ts';

type App = Awaited<ReturnType<typeof openCaseApp>>;

async function importRecording(app: App, personId: string, seconds = 2): Promise<string> {
  const file = path.join(tempDir(), `visit-${seconds}.wav`);
  fs.writeFileSync(file, wavFile(seconds));
  const [outcome] = await importThroughApi(app, personId, [file]);
  if (!outcome?.documentId) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.documentId;
}

describe('case history: one active case at a time, earlier ones kept as they were', () => {
  it('closes, keeps, reopens; the checklist and reminders follow the active case', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Nora History' });
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const first = await caseCall(app.ctx, 'cases:create', {
      personId: person.id,
      diagnosis: 'Lymphoma',
      appointmentDate: soon,
    });
    await caseCall(app.ctx, 'questions:add', { caseId: first.case.id, text: 'Is there a trial?' });
    expect(listReminders(app.ctx.session(), { personId: person.id })).toHaveLength(1);

    // Closing keeps everything, and the person then has no active case.
    const closed = await caseCall(app.ctx, 'cases:update', { id: first.case.id, status: 'closed' });
    expect(closed.case.status).toBe('closed');
    expect(closed.questions.map((q) => q.text)).toEqual(['Is there a trial?']);
    expect(closed.reminders).toEqual([]);
    expect(listReminders(app.ctx.session(), { personId: person.id })).toEqual([]);
    expect((await caseCall(app.ctx, 'cases:checklist', { personId: person.id })).caseId).toBeNull();

    // A closed case is read-only: every change asks to reopen it first.
    const readOnly = { code: 'INVALID_INPUT', message: expect.stringMatching(/closed.*Reopen/) };
    const id = first.case.id;
    const questionId = closed.questions[0]!.id;
    for (const change of [
      caseCall(app.ctx, 'cases:update', { id, diagnosis: 'Changed' }),
      caseCall(app.ctx, 'cases:setItem', { caseId: id, itemId: 'imaging_discs', state: 'done' }),
      caseCall(app.ctx, 'cases:setOpinion', { caseId: id, which: 'second', doctor: 'Dr Late' }),
      caseCall(app.ctx, 'questions:add', { caseId: id, text: 'Another?' }),
      caseCall(app.ctx, 'questions:update', { id: questionId, answered: true }),
      caseCall(app.ctx, 'questions:delete', { id: questionId }),
      caseCall(app.ctx, 'requests:add', { caseId: id, provider: 'Lab', items: ['labs'], method: 'fax' }),
    ])
      await expect(change).rejects.toMatchObject(readOnly);
    expect((await caseCall(app.ctx, 'cases:get', { id })).case.diagnosis).toBe('Lymphoma');

    // A new case becomes the active one; the old one stays in the list, newest first.
    const second = await caseCall(app.ctx, 'cases:create', { personId: person.id, diagnosis: 'Relapse' });
    const list = await caseCall(app.ctx, 'cases:list', { personId: person.id });
    expect(list.map((c) => [c.diagnosis, c.status])).toEqual([
      ['Relapse', 'active'],
      ['Lymphoma', 'closed'],
    ]);
    expect((await caseCall(app.ctx, 'cases:checklist', { personId: person.id })).caseId).toBe(second.case.id);

    // Reopening the earlier case closes the other: never two active cases for one person.
    const reopened = await caseCall(app.ctx, 'cases:update', { id, status: 'active' });
    expect(reopened.case.status).toBe('active');
    const after = await caseCall(app.ctx, 'cases:list', { personId: person.id });
    expect(after.filter((c) => c.status === 'active').map((c) => c.id)).toEqual([id]);
    expect(listReminders(app.ctx.session(), { personId: person.id }).map((r) => r.caseId)).toEqual([id]);
    // Starting another while one is active closes the active one (the database allows only one).
    await caseCall(app.ctx, 'cases:create', { personId: person.id });
    const third = await caseCall(app.ctx, 'cases:list', { personId: person.id });
    expect(third.filter((c) => c.status === 'active')).toHaveLength(1);
  });
});

describe('recordings with the visit notes', () => {
  it('attach to the case, play from the binder, stay with their case, and never tick off written notes', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Otto Recorder' });
    const other = await app.call(CALLS.peopleAdd, { name: 'Someone Else' });
    const { case: kase } = await caseCall(app.ctx, 'cases:create', { personId: person.id });
    const recording = await importRecording(app, person.id, 90);

    const attached = await caseCall(app.ctx, 'cases:addRecording', {
      caseId: kase.id,
      documentId: recording,
    });
    expect(attached.recordings).toEqual([
      expect.objectContaining({
        id: recording,
        title: 'Audio recording, 2 min',
        addedOn: expect.any(String),
      }),
    ]);
    // Attaching twice changes nothing.
    const again = await caseCall(app.ctx, 'cases:addRecording', { caseId: kase.id, documentId: recording });
    expect(again.recordings).toHaveLength(1);

    // A recording is not a written visit note: the checklist item stays missing until one is imported.
    const visitNotes = () => again.checklist.items.find((i) => i.id === 'visit_notes')!;
    expect(visitNotes()).toMatchObject({ status: 'missing', documents: [] });
    await importFixture(app, person.id, 'visit_notes');
    const withNote = await caseCall(app.ctx, 'cases:get', { id: kase.id });
    const item = withNote.checklist.items.find((i) => i.id === 'visit_notes')!;
    expect(item.status).toBe('present');
    expect(item.documents.map((d) => d.id)).not.toContain(recording);

    // Only this person's recordings, and only recordings.
    const theirs = await importRecording(app, other.id, 3);
    await expect(
      caseCall(app.ctx, 'cases:addRecording', { caseId: kase.id, documentId: theirs }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const note = item.documents[0]!.id;
    await expect(
      caseCall(app.ctx, 'cases:addRecording', { caseId: kase.id, documentId: note }),
    ).rejects.toMatchObject({ message: /Only audio recordings/ });

    // Filed under someone else, it is never shown with this person's case.
    await app.call(CALLS.documentsMoveToPerson, { id: recording, personId: other.id });
    expect((await caseCall(app.ctx, 'cases:get', { id: kase.id })).recordings).toEqual([]);
    await app.call(CALLS.documentsMoveToPerson, { id: recording, personId: person.id });

    // Trashed, it leaves the list; restored, it is back. Removing it keeps it in the binder.
    await app.call(CALLS.documentsTrash, { id: recording });
    expect((await caseCall(app.ctx, 'cases:get', { id: kase.id })).recordings).toEqual([]);
    await app.call(CALLS.documentsRestore, { id: recording });
    expect((await caseCall(app.ctx, 'cases:get', { id: kase.id })).recordings).toHaveLength(1);

    // Closed, the case keeps its recording; a new case starts without it.
    await caseCall(app.ctx, 'cases:update', { id: kase.id, status: 'closed' });
    await expect(
      caseCall(app.ctx, 'cases:removeRecording', { caseId: kase.id, documentId: recording }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const next = await caseCall(app.ctx, 'cases:create', { personId: person.id });
    expect(next.recordings).toEqual([]);
    expect((await caseCall(app.ctx, 'cases:get', { id: kase.id })).recordings).toHaveLength(1);

    await caseCall(app.ctx, 'cases:update', { id: kase.id, status: 'active' });
    const removed = await caseCall(app.ctx, 'cases:removeRecording', {
      caseId: kase.id,
      documentId: recording,
    });
    expect(removed.recordings).toEqual([]);
    expect((await app.call(CALLS.documentsGet, { id: recording })).kind).toBe('audio');
  });
});
