import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function writeText(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('classification through the API', () => {
  it('files documents by category with a date and a readable title, and queues the unsure ones', async () => {
    const app = await openApp();
    const jane = await app.call(CALLS.peopleAdd, { name: 'Jane Doe', birthDate: '1960-07-08' });
    const dir = tempDir();
    const pdf = path.join(dir, 'path.pdf');
    fs.writeFileSync(
      pdf,
      await makeTextPdf([
        [
          'SURGICAL PATHOLOGY REPORT',
          'Patient: Jane Doe   DOB: 07/08/1960',
          'Date of service: 02/03/2026',
          'Specimen: Left breast, core needle biopsy',
          'FINAL DIAGNOSIS:',
          'Invasive ductal carcinoma, Nottingham grade 2.',
          'Estrogen receptor positive, HER2 negative by immunohistochemistry.',
        ],
      ]),
    );
    const outcomes = await importThroughApi(app, jane.id, [pdf]);
    expect(outcomes[0]).toMatchObject({ status: 'imported', category: 'pathology' });
    const [doc] = await app.call(CALLS.documentsList, { personId: jane.id });
    expect(doc).toMatchObject({ category: 'pathology', docDate: '2026-02-03', identityWarning: null });
    expect(doc!.title).toMatch(/pathology/i);
    expect(doc!.title).toContain('2026-02-03');
    expect(doc!.evidence.length).toBeGreaterThan(0);
    expect(doc!.confidence).toBeGreaterThan(0.5);
    const counts = await app.call(CALLS.documentsCounts, { personId: jane.id });
    expect(counts).toMatchObject({ total: 1, needsReview: 0, byCategory: { pathology: 1, imaging: 0 } });
  });

  it('reads an ambiguous date as the person chose in settings', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Dee Example' });
    await app.call(CALLS.settingsUpdate, { dateOrder: 'day-first' });
    const file = writeText(
      tempDir(),
      'note.txt',
      'CLINIC NOTE\nDate of service: 03/04/2026\nFollow-up visit, doing well.\n',
    );
    const [outcome] = await importThroughApi(app, person.id, [file]);
    expect((await app.call(CALLS.documentsGet, { id: outcome!.documentId! })).docDate).toBe('2026-04-03');
  });

  it('warns when a page names another family member, and moves it on request', async () => {
    const app = await openApp();
    const jane = await app.call(CALLS.peopleAdd, { name: 'Jane Doe', birthDate: '1960-07-08' });
    const john = await app.call(CALLS.peopleAdd, { name: 'John Doe', birthDate: '1958-02-01' });
    const file = writeText(
      tempDir(),
      'cbc.txt',
      'LABORATORY REPORT\nPatient Name: John Doe\nDOB: 02/01/1958\nCollected: 03/04/2026\nHemoglobin 13.2 g/dL (13.5-17.5) L\nWBC 6.1 x10^3/uL (4.0-11.0)\nPlatelets 250 x10^3/uL (150-400)\n',
    );
    const [outcome] = await importThroughApi(app, jane.id, [file]);
    expect(outcome).toMatchObject({ status: 'needs_review' });
    const [doc] = await app.call(CALLS.reviewList, { personId: jane.id });
    expect(doc!.identityWarning).toEqual({
      message: 'This page names John Doe, born 1958-02-01 — you are filing it under Jane Doe.',
      suggestedPersonId: john.id,
    });
    const moved = await app.call(CALLS.documentsMoveToPerson, { id: doc!.id, personId: john.id });
    expect(moved.identityWarning).toBeNull();
    expect(await app.call(CALLS.documentsList, { personId: jane.id })).toEqual([]);
    expect(await app.call(CALLS.documentsList, { personId: john.id })).toHaveLength(1);
  });

  it('learns from a correction: a similar document is then filed the same way', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Pat Example' });
    const dir = tempDir();
    // A made-up clinic form whose wording fits no category clearly.
    const form = (n: number) =>
      `Riverside Wellness Program\nParticipant worksheet ${n}\nPlease bring this sheet to every session.\nSession goals, attendance log and volunteer contact sheet.\nSigned by the program coordinator.\n`;
    const [first] = await importThroughApi(app, person.id, [writeText(dir, 'a.txt', form(1))]);
    const before = (await app.call(CALLS.documentsGet, { id: first!.documentId! })).category;
    const chosen = before === 'insurance' ? 'other' : 'insurance';
    const result = await app.call(CALLS.documentsSetCategory, { id: first!.documentId!, category: chosen });
    expect(result.learnedExamples).toBe(1);
    // The title CareBinder wrote from its guess follows the new category ("Insurance document" → "Other…").
    expect(result.document.title).toMatch(chosen === 'insurance' ? /insurance/i : /^(?!.*insurance)/i);
    expect(result.document).toMatchObject({ category: chosen, categoryChosenByPerson: true, status: 'done' });
    expect(await app.call(CALLS.classifierStats, {})).toEqual({ learnedExamples: 1 });

    const [second] = await importThroughApi(app, person.id, [
      writeText(dir, 'b.txt', form(2).replace('every session', 'each session')),
    ]);
    expect(second!.category).toBe(chosen);

    // A title the person typed is theirs: another change of category leaves it alone.
    await app.call(CALLS.documentsRename, { id: first!.documentId!, title: 'Wellness worksheet' });
    const again = await app.call(CALLS.documentsSetCategory, { id: first!.documentId!, category: 'labs' });
    expect(again.document.title).toBe('Wellness worksheet');
  });

  it('splits a document into page ranges and merges documents back, with undo through the trash', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Sam Example' });
    const pdf = path.join(tempDir(), 'two-in-one.pdf');
    fs.writeFileSync(
      pdf,
      await makeTextPdf([
        [
          'DISCHARGE SUMMARY',
          'Admission date: 01/05/2026',
          'Discharge diagnoses: pneumonia',
          'Hospital course: improved on antibiotics.',
        ],
        [
          'CT CHEST WITH CONTRAST',
          'Technique: axial images',
          'IMPRESSION:',
          'No pulmonary embolism. Right lower lobe consolidation.',
        ],
      ]),
    );
    const [imported] = await importThroughApi(app, person.id, [pdf]);
    const { documentIds } = await app.call(CALLS.documentsSplit, {
      id: imported!.documentId!,
      ranges: [
        { from: 1, to: 1 },
        { from: 2, to: 2 },
      ],
    });
    const parts = await Promise.all(documentIds.map((id) => app.call(CALLS.documentsGet, { id })));
    expect(parts.map((p) => p.pageCount)).toEqual([1, 1]);
    expect(parts.map((p) => p.category)).toEqual(['discharge', 'imaging']);
    expect(await app.call(CALLS.documentsList, { personId: person.id, trashed: true })).toHaveLength(1);
    const { documentId } = await app.call(CALLS.documentsMerge, { ids: documentIds });
    expect((await app.call(CALLS.documentsGet, { id: documentId })).pageCount).toBe(2);
    const hits = await app.call(CALLS.searchPages, { personId: person.id, query: 'consolidation' });
    expect(hits.map((h) => h.documentId)).toEqual([documentId]);
  });
});
