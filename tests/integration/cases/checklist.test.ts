import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import type { Checklist } from '../../../shared/schemas/case.schema.ts';
import { chooseCategory } from '../../../main/core/documents/review.service.ts';
import { caseCall, importFixture, openCaseApp } from './case-harness.ts';

const status = (checklist: Checklist, id: string) => checklist.items.find((i) => i.id === id)!;

describe('the second-opinion checklist, derived live from the vault', () => {
  it('follows imports, reclassification, the trash and the medication log', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Anna Tester', birthDate: '1968-07-19' });
    const checklist = () => caseCall(app.ctx, 'cases:checklist', { personId: person.id });

    const empty = await checklist();
    expect(empty.caseId).toBeNull();
    expect(empty.items.map((i) => i.id)).toEqual([
      'pathology',
      'operative',
      'discharge',
      'treatment_plan',
      'medications',
      'labs',
      'imaging',
      'genomics',
      'visit_notes',
    ]);
    expect(empty.readiness).toMatchObject({ ready: 0, total: 9 });
    expect(empty.readiness.text).toMatch(/^0 of 9 ready — missing: pathology report, operative report/);
    expect(status(empty, 'pathology').next).toMatch(/pathology department/);
    expect(status(empty, 'imaging').next).toMatch(/radiology department.*disc/);

    const docId = await importFixture(app, person.id, 'pathology');
    const imported = await checklist();
    expect(status(imported, 'pathology')).toMatchObject({ status: 'present', next: null });
    expect(status(imported, 'pathology').documents.map((d) => d.id)).toEqual([docId]);
    expect(imported.readiness.text).toMatch(/^1 of 9 ready — missing: operative report/);

    chooseCategory(app.ctx.session(), docId, 'imaging');
    const moved = await checklist();
    expect(status(moved, 'pathology').status).toBe('missing');
    expect(status(moved, 'imaging').documents.map((d) => d.id)).toEqual([docId]);

    await app.call(CALLS.documentsTrash, { id: docId });
    expect(status(await checklist(), 'imaging').status).toBe('missing');
    await app.call(CALLS.documentsRestore, { id: docId });
    expect(status(await checklist(), 'imaging').status).toBe('present');

    const med = await app.call(CALLS.medsAdd, { personId: person.id, name: 'Tamoxifen', dose: '20 mg' });
    const withMeds = status(await checklist(), 'medications');
    expect(withMeds).toMatchObject({ status: 'present', detail: '1 medicine in the medication log' });
    await app.call(CALLS.medsDelete, { id: med.id });
    expect(status(await checklist(), 'medications').status).toBe('missing');

    // A medication-list document counts as well as the log.
    await importFixture(app, person.id, 'medications');
    expect(status(await checklist(), 'medications').status).toBe('present');
  });

  it('leaves "not applicable" items out of readiness and keeps the reason', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Lee Example' });
    const created = await caseCall(app.ctx, 'cases:create', {
      personId: person.id,
      diagnosis: 'Breast cancer, stage II',
    });
    expect(created.checklist.readiness.total).toBe(15);

    const na = await caseCall(app.ctx, 'cases:setItem', {
      caseId: created.case.id,
      itemId: 'operative',
      state: 'not_applicable',
      reason: 'No surgery yet',
    });
    const operative = status(na.checklist, 'operative');
    expect(operative).toMatchObject({ status: 'not_applicable', reason: 'No surgery yet', next: null });
    expect(na.checklist.readiness.total).toBe(14);
    expect(na.checklist.readiness.missing).not.toContain('operative report');

    // It stays not applicable across reads, and 'auto' gives the decision back to the vault.
    const again = await caseCall(app.ctx, 'cases:get', { id: created.case.id });
    expect(status(again.checklist, 'operative').reason).toBe('No surgery yet');
    const auto = await caseCall(app.ctx, 'cases:setItem', {
      caseId: created.case.id,
      itemId: 'operative',
      state: 'auto',
    });
    expect(status(auto.checklist, 'operative')).toMatchObject({ status: 'missing', reason: null });

    await expect(
      caseCall(app.ctx, 'cases:setItem', {
        caseId: created.case.id,
        itemId: 'labs',
        state: 'not_applicable',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      caseCall(app.ctx, 'cases:setItem', { caseId: created.case.id, itemId: 'labs', state: 'done' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('tracks the items that are not documents', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Sam Sample' });
    const { case: kase } = await caseCall(app.ctx, 'cases:create', {
      personId: person.id,
      referral: 'needed',
    });
    const set = (itemId: 'records_sent' | 'insurance_checked' | 'questions_prepared', date?: string) =>
      caseCall(app.ctx, 'cases:setItem', { caseId: kase.id, itemId, state: 'done', date });

    const sent = await set('records_sent', '2026-03-02');
    expect(status(sent.checklist, 'records_sent')).toMatchObject({
      status: 'present',
      doneOn: '2026-03-02',
      canMarkDone: true,
    });

    // Coverage checked, but the insurer wants a referral: still a gap, and the advice says so.
    const insured = await set('insurance_checked');
    expect(status(insured.checklist, 'insurance_checked')).toMatchObject({ status: 'missing' });
    expect(status(insured.checklist, 'insurance_checked').next).toMatch(/referral/);
    const referred = await caseCall(app.ctx, 'cases:update', { id: kase.id, referral: 'obtained' });
    expect(status(referred.checklist, 'insurance_checked').status).toBe('present');

    // "Questions prepared" is derived: it cannot be ticked by hand, one question is enough.
    await expect(set('questions_prepared')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(status(referred.checklist, 'questions_prepared')).toMatchObject({
      status: 'missing',
      canMarkDone: false,
    });
    const asked = await caseCall(app.ctx, 'questions:add', {
      caseId: kase.id,
      text: 'Do I need surgery first?',
    });
    expect(status(asked.checklist, 'questions_prepared')).toMatchObject({
      status: 'present',
      detail: '1 question, 0 answered',
    });
  });

  it('keeps one active case per person, the earlier ones closed', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Kim Case' });
    const first = await caseCall(app.ctx, 'cases:create', { personId: person.id, diagnosis: 'First' });
    const second = await caseCall(app.ctx, 'cases:create', { personId: person.id, diagnosis: 'Second' });
    const list = await caseCall(app.ctx, 'cases:list', { personId: person.id });
    expect(list.map((c) => [c.diagnosis, c.status])).toEqual([
      ['Second', 'active'],
      ['First', 'closed'],
    ]);
    expect((await caseCall(app.ctx, 'cases:checklist', { personId: person.id })).caseId).toBe(second.case.id);

    const reopened = await caseCall(app.ctx, 'cases:update', { id: first.case.id, status: 'active' });
    expect(reopened.case.status).toBe('active');
    expect((await caseCall(app.ctx, 'cases:get', { id: second.case.id })).case.status).toBe('closed');
    await expect(caseCall(app.ctx, 'cases:get', { id: 'no-such-case' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
