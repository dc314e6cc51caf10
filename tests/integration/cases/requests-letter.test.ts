import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { addDays, localToday } from '../../../main/core/cases/case-dates.ts';
import { readDocumentBytes } from '../../../main/core/documents/documents.service.ts';
import { searchPages } from '../../../main/core/search/search.service.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { caseCall, importFixture, openCaseApp } from './case-harness.ts';

/** The text a PDF shows, read by poppler's pdftotext (an independent reader, not pdf-lib). */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(tempDir(), 'letter.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

async function caseWithPerson(name: string, birthDate: string | null = '1968-07-19') {
  const app = await openCaseApp();
  const person = await app.call(CALLS.peopleAdd, { name, birthDate });
  const detail = await caseCall(app.ctx, 'cases:create', {
    personId: person.id,
    secondFacility: 'Lakeside Cancer Center',
  });
  return { app, person, caseId: detail.case.id };
}

describe('record requests', () => {
  it('go from draft to sent (with a follow-up date) to received with the documents that came', async () => {
    const { app, person, caseId } = await caseWithPerson('Anna Tester');
    const added = await caseCall(app.ctx, 'requests:add', {
      caseId,
      provider: 'Northfield Regional Hospital',
      department: 'Pathology department',
      items: ['pathology', 'pathology_slides'],
      method: 'fax',
    });
    const [draft] = added.requests;
    expect(draft).toMatchObject({ state: 'draft', sentOn: null, followUpOn: null });
    const gap = added.checklist.items.find((i) => i.id === 'pathology')!;
    expect(gap.openRequestIds).toEqual([draft!.id]);
    expect(gap.next).toMatch(/request to Northfield Regional Hospital is ready/);

    const sentOn = addDays(localToday(), -3);
    const followUpOn = addDays(sentOn, 14);
    const sent = await caseCall(app.ctx, 'requests:update', { id: draft!.id, sentOn });
    expect(sent.requests[0]).toMatchObject({ sentOn, followUpOn, state: 'sent' });
    expect(sent.checklist.items.find((i) => i.id === 'pathology')!.next).toBe(
      `Requested from Northfield Regional Hospital on ${sentOn}; follow up on ${followUpOn} if nothing has arrived.`,
    );
    const late = await caseCall(app.ctx, 'requests:update', {
      id: draft!.id,
      followUpOn: addDays(localToday(), -1),
    });
    expect(late.requests[0]!.state).toBe('overdue');

    // Documents of another family member cannot answer this person's request.
    const other = await app.call(CALLS.peopleAdd, { name: 'Ben Tester' });
    const foreign = await importFixture(app, other.id, 'labs');
    await expect(
      caseCall(app.ctx, 'requests:update', { id: draft!.id, documentIds: [foreign] }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const report = await importFixture(app, person.id, 'pathology');
    const received = await caseCall(app.ctx, 'requests:update', {
      id: draft!.id,
      receivedOn: localToday(),
      documentIds: [report],
    });
    expect(received.requests[0]).toMatchObject({ state: 'received', receivedOn: localToday() });
    expect(received.requests[0]!.documents.map((d) => d.id)).toEqual([report]);
    const pathology = received.checklist.items.find((i) => i.id === 'pathology')!;
    expect(pathology).toMatchObject({ status: 'present', openRequestIds: [] });

    await expect(
      caseCall(app.ctx, 'requests:update', { id: draft!.id, fromDate: '2026-02-01', toDate: '2026-01-01' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await caseCall(app.ctx, 'requests:delete', { id: draft!.id })).toEqual({ ok: true });
    expect((await caseCall(app.ctx, 'cases:get', { id: caseId })).requests).toEqual([]);
  });

  it('make a records-request letter: a PDF with the fields, filed in the vault and found by search', async () => {
    const { app, person, caseId } = await caseWithPerson('Anna Tester');
    const { requests } = await caseCall(app.ctx, 'requests:add', {
      caseId,
      provider: 'Northfield Regional Hospital',
      department: 'Health Information Management',
      providerContact: 'Fax 555-0100',
      items: ['pathology', 'imaging', 'imaging_discs'],
      method: 'fax',
      fromDate: '2025-11-01',
      toDate: '2026-03-01',
      sendTo: 'Lakeside Cancer Center, Second Opinion Office, 12 Shore Road, Lakeside',
    });
    const { documentId, detail } = await caseCall(app.ctx, 'requests:letter', { id: requests[0]!.id });
    expect(detail.requests[0]!.letterDocumentId).toBe(documentId);

    const session = app.ctx.session();
    const bytes = readDocumentBytes(session, documentId);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });

    const text = pdfText(bytes);
    for (const expected of [
      'Request for copies of medical records',
      'Name: Anna Tester',
      'Date of birth: July 19, 1968',
      'Provider: Northfield Regional Hospital',
      'Health Information Management, Fax 555-0100',
      'Pathology reports',
      'Imaging reports',
      'on a disc',
      'From November 1, 2025 to March 1, 2026',
      'Lakeside Cancer Center, Second Opinion Office',
      '45 CFR 164.524',
      'Signature of patient or personal representative',
      'Date:',
    ])
      expect(text).toContain(expected);

    const listed = await app.call(CALLS.documentsList, { personId: person.id });
    const letter = listed.find((d) => d.id === documentId)!;
    expect(letter).toMatchObject({ category: 'insurance', status: 'done', mime: 'application/pdf' });
    expect(letter.title).toBe('Records request — Northfield Regional Hospital');
    expect(letter.identityWarning).toBeNull();
    const hits = searchPages(session, { personId: person.id, query: 'right of access 164.524' });
    expect(hits.map((h) => h.documentId)).toContain(documentId);
    expect(hits[0]!.category).toBe('insurance');

    // Making the letter again (after an edit) files the new one and trashes the old one.
    const again = await caseCall(app.ctx, 'requests:letter', { id: requests[0]!.id });
    expect(again.documentId).not.toBe(documentId);
    const live = (await app.call(CALLS.documentsList, { personId: person.id })).map((d) => d.id);
    expect(live).toContain(again.documentId);
    expect(live).not.toContain(documentId);
  });

  it('make a letter for a name outside the standard font, keeping the real spelling searchable', async () => {
    const { app, person, caseId } = await caseWithPerson('Łucja Wójcik-李', null);
    const { requests } = await caseCall(app.ctx, 'requests:add', {
      caseId,
      provider: 'Szpital Św. Łukasza',
      items: ['labs'],
      method: 'mail',
      fromDate: '2026-01-15',
    });
    const { documentId } = await caseCall(app.ctx, 'requests:letter', { id: requests[0]!.id });
    const text = pdfText(readDocumentBytes(app.ctx.session(), documentId));
    expect(text).toContain('?ucja Wójcik-?');
    expect(text).toContain('From January 15, 2026 to the present');
    expect(text).toContain('Date of birth: ____');
    const hits = searchPages(app.ctx.session(), { personId: person.id, query: 'Łucja' });
    expect(hits.map((h) => h.documentId)).toEqual([documentId]);
  });
});
