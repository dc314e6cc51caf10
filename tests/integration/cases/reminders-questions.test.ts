import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { addDays, localToday } from '../../../main/core/cases/case-dates.ts';
import { listReminders } from '../../../main/core/cases/reminders.service.ts';
import { caseCall, importFixture, openCaseApp } from './case-harness.ts';

describe('reminders', () => {
  it('name the appointment with what is missing, overdue requests, unconfirmed receipt and a close treatment start', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Anna Tester' });
    await app.call(CALLS.peopleAdd, { name: 'Nobody Yet' });
    const today = '2026-05-01';
    const { case: kase } = await caseCall(app.ctx, 'cases:create', {
      personId: person.id,
      appointmentDate: '2026-05-06',
      appointmentTime: '09:30',
      treatmentStartDate: '2026-05-04',
    });
    for (const itemId of ['operative', 'discharge', 'genomics'] as const)
      await caseCall(app.ctx, 'cases:setItem', {
        caseId: kase.id,
        itemId,
        state: 'not_applicable',
        reason: 'Not done',
      });
    const { requests } = await caseCall(app.ctx, 'requests:add', {
      caseId: kase.id,
      provider: 'City Imaging',
      items: ['imaging'],
      method: 'portal',
      sentOn: '2026-04-10',
    });
    await caseCall(app.ctx, 'cases:setItem', {
      caseId: kase.id,
      itemId: 'records_sent',
      state: 'done',
      date: '2026-04-28',
    });

    const reminders = listReminders(app.ctx.session(), { today });
    expect(reminders.map((r) => r.kind)).toEqual([
      'request_overdue',
      'receipt_unconfirmed',
      'treatment_start_soon',
      'appointment_soon',
    ]);
    const [overdue, receipt, treatment, appointment] = reminders;
    expect(appointment).toMatchObject({ personName: 'Anna Tester', date: '2026-05-06', severity: 'warning' });
    expect(appointment!.message).toMatch(
      /in 5 days \(May 6, 2026 at 09:30\)\. Still missing: pathology report/,
    );
    expect(appointment!.message).not.toMatch(/operative report/);
    expect(overdue).toMatchObject({ requestId: requests[0]!.id, date: '2026-04-24' });
    expect(overdue!.message).toMatch(/City Imaging/);
    expect(receipt).toMatchObject({ date: '2026-04-28', severity: 'warning' });
    expect(treatment!.message).toMatch(
      /in 3 days.*before the second-opinion appointment.*waiting for the second opinion could delay care/,
    );

    // Far from the appointment, with the request answered and the receipt confirmed: nothing to say.
    await caseCall(app.ctx, 'requests:update', { id: requests[0]!.id, receivedOn: '2026-04-25' });
    await caseCall(app.ctx, 'cases:setItem', { caseId: kase.id, itemId: 'receipt_confirmed', state: 'done' });
    expect(listReminders(app.ctx.session(), { today: '2026-03-01' })).toEqual([]);
    // A second opinion booked before treatment starts is no reason to warn about a delay.
    await caseCall(app.ctx, 'cases:update', { id: kase.id, treatmentStartDate: '2026-06-01' });
    expect(listReminders(app.ctx.session(), { today, personId: person.id }).map((r) => r.kind)).toEqual([
      'appointment_soon',
    ]);
  });

  it('reach the home screen through the handler, counted from today', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Lee Example' });
    await caseCall(app.ctx, 'cases:create', {
      personId: person.id,
      appointmentDate: addDays(localToday(), 3),
    });
    const reminders = await caseCall(app.ctx, 'cases:reminders', {});
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.message).toMatch(/in 3 days/);
    expect(await caseCall(app.ctx, 'cases:reminders', { withinDays: 2 })).toEqual([]);
  });
});

describe('questions and opinions', () => {
  it('start from optional suggestions, can be reworded, reordered, answered and removed', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Sam Sample' });
    const { case: kase } = await caseCall(app.ctx, 'cases:create', { personId: person.id });
    const suggested = await caseCall(app.ctx, 'questions:suggested', { caseId: kase.id });
    expect(suggested.map((q) => q.id)).toEqual([
      'other_options',
      'clinical_trial',
      'test_results',
      'guidelines',
      'joint_review',
      'waiting',
    ]);
    expect(suggested.every((q) => !q.added)).toBe(true);

    await caseCall(app.ctx, 'questions:add', { caseId: kase.id, suggestionId: 'clinical_trial' });
    await caseCall(app.ctx, 'questions:add', { caseId: kase.id, text: 'How soon must I decide?' });
    let detail = await caseCall(app.ctx, 'questions:add', { caseId: kase.id, suggestionId: 'waiting' });
    expect(detail.questions.map((q) => q.text)).toEqual([
      'Am I eligible for a clinical trial?',
      'How soon must I decide?',
      'What happens if I wait before starting treatment?',
    ]);
    const marked = await caseCall(app.ctx, 'questions:suggested', { caseId: kase.id });
    expect(marked.filter((q) => q.added).map((q) => q.id)).toEqual(['clinical_trial', 'waiting']);

    const [trial, own, wait] = detail.questions;
    detail = await caseCall(app.ctx, 'questions:move', { id: wait!.id, position: 0 });
    expect(detail.questions.map((q) => [q.id, q.position])).toEqual([
      [wait!.id, 0],
      [trial!.id, 1],
      [own!.id, 2],
    ]);

    detail = await caseCall(app.ctx, 'questions:update', {
      id: trial!.id,
      text: 'Is there a clinical trial for me here?',
      answer: 'Yes, two trials are open.',
    });
    const answered = detail.questions.find((q) => q.id === trial!.id)!;
    expect(answered).toMatchObject({
      text: 'Is there a clinical trial for me here?',
      answered: true,
      answer: 'Yes, two trials are open.',
      answeredOn: localToday(),
    });
    const reopened = await caseCall(app.ctx, 'questions:update', { id: trial!.id, answered: false });
    expect(reopened.questions.find((q) => q.id === trial!.id)).toMatchObject({
      answered: false,
      answeredOn: null,
      answer: 'Yes, two trials are open.',
    });

    detail = await caseCall(app.ctx, 'questions:delete', { id: wait!.id });
    expect(detail.questions.map((q) => [q.id, q.position])).toEqual([
      [trial!.id, 0],
      [own!.id, 1],
    ]);
  });

  it('keep visit notes and the two opinions side by side, with the second report linked', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Kim Case' });
    const { case: kase } = await caseCall(app.ctx, 'cases:create', { personId: person.id });
    const reportId = await importFixture(app, person.id, 'visit_notes', 'second-opinion.pdf');
    await caseCall(app.ctx, 'cases:setOpinion', {
      caseId: kase.id,
      which: 'first',
      doctor: 'Dr. First',
      diagnosis: 'Invasive ductal carcinoma',
      stage: 'IIA',
      treatment: 'Surgery, then chemotherapy',
    });
    await caseCall(app.ctx, 'cases:setOpinion', {
      caseId: kase.id,
      which: 'second',
      doctor: 'Dr. Second',
      stage: 'IIB',
      treatment: 'Chemotherapy before surgery',
      reportDocumentId: reportId,
    });
    let detail = await caseCall(app.ctx, 'cases:update', {
      id: kase.id,
      visitNotes: 'Asked about trials. Bring the discs next time.',
      differences: 'Stage and the order of treatment.',
      nextSteps: 'Ask both doctors to talk.',
    });
    expect(detail.opinions.first).toMatchObject({ doctor: 'Dr. First', stage: 'IIA', report: null });
    expect(detail.opinions.second).toMatchObject({ doctor: 'Dr. Second', stage: 'IIB', diagnosis: null });
    expect(detail.opinions.second.report?.id).toBe(reportId);
    expect(detail.case).toMatchObject({ differences: 'Stage and the order of treatment.' });

    // Editing one field keeps the others; a trashed report drops out of view.
    detail = await caseCall(app.ctx, 'cases:setOpinion', { caseId: kase.id, which: 'first', stage: 'IIB' });
    expect(detail.opinions.first).toMatchObject({ doctor: 'Dr. First', stage: 'IIB' });
    await app.call(CALLS.documentsTrash, { id: reportId });
    detail = await caseCall(app.ctx, 'cases:get', { id: kase.id });
    expect(detail.opinions.second.report).toBeNull();
  });
});
