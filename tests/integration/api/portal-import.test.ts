import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../unit/portal/fixtures/ccd-r21.xml',
);

describe('patient-portal exports into the vault', () => {
  it('stores the document, its records and medication suggestions, and re-importing adds nothing', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Quinta Testperson', birthDate: '1961-02-14' });
    // No extension at all: the file is recognised by its content.
    const file = path.join(tempDir(), 'download');
    fs.copyFileSync(FIXTURE, file);
    const [outcome] = await importThroughApi(app, person.id, [file]);
    expect(outcome).toMatchObject({ status: 'imported' });
    const doc = await app.call(CALLS.documentsGet, { id: outcome!.documentId! });
    expect(doc.identityWarning).toBeNull();
    expect(doc.pages[0]!.text.length).toBeGreaterThan(50);
    const { html } = await app.call(CALLS.documentsRendering, { id: doc.id });
    expect(html).toMatch(/<table/);
    expect(html).not.toMatch(/<script/i);

    const suggestions = await app.call(CALLS.medsSuggestions, { personId: person.id });
    const labs = await app.call(CALLS.recordsLabResults, { personId: person.id });
    const clinical = await app.call(CALLS.recordsClinical, { personId: person.id });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.some((s) => /RxNorm \d+/.test(s.evidence))).toBe(true);
    expect(labs.length).toBeGreaterThan(0);
    for (const lab of labs)
      expect(lab.outOfRange).toBe(
        lab.direction !== null || /^(a|abnormal|critical)/i.test(lab.interpretation ?? ''),
      );
    expect(clinical.some((c) => c.kind === 'problem')).toBe(true);

    // The same export again (a second copy with a new name) adds no documents, suggestions or results.
    const again = path.join(tempDir(), 'copy.xml');
    fs.copyFileSync(FIXTURE, again);
    const [second] = await importThroughApi(app, person.id, [again]);
    expect(second).toMatchObject({ status: 'duplicate' });
    expect(await app.call(CALLS.documentsList, { personId: person.id })).toHaveLength(1);
    expect(await app.call(CALLS.medsSuggestions, { personId: person.id })).toHaveLength(suggestions.length);
    expect(await app.call(CALLS.recordsLabResults, { personId: person.id })).toHaveLength(labs.length);
  });

  it('asks instead of silently filing an export of someone else', async () => {
    const app = await openApp();
    const other = await app.call(CALLS.peopleAdd, { name: 'Someone Else', birthDate: '1990-01-01' });
    const [outcome] = await importThroughApi(app, other.id, [FIXTURE]);
    expect(outcome).toMatchObject({ status: 'needs_review' });
    const doc = await app.call(CALLS.documentsGet, { id: outcome!.documentId! });
    expect(doc.identityWarning?.message).toMatch(
      /This page names Quinta .*Testperson, born 1961-02-14 — you are filing it under Someone Else\./,
    );
  });
});
