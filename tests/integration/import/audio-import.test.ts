import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { readDocumentBytes } from '../../../main/core/documents/documents.service.ts';
import { listPages } from '../../../main/core/documents/pages.repo.ts';
import { importFiles } from '../../../main/core/documents/import.service.ts';
import { REASONS } from '../../../main/core/import/refusal.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { mp4File, wavFile } from '../../helpers/make-audio.ts';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('importing an audio recording into a real vault', () => {
  it('keeps the original encrypted, reads no text, and files it under visit notes with a plain title', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Rita Audio', birthDate: '1959-05-02' });
    const dir = tempDir();
    const wav = wavFile(125, { recordedOn: '2026-04-02' });
    const memo = mp4File({
      brands: ['M4A ', 'isom'],
      handlers: ['soun'],
      seconds: 12 * 60,
      createdAt: new Date('2026-04-03T10:00:00Z'),
    });
    fs.writeFileSync(path.join(dir, 'visit.wav'), wav);
    fs.writeFileSync(path.join(dir, 'memo.m4a'), memo);
    fs.writeFileSync(
      path.join(dir, 'clip.mp4'),
      mp4File({ brands: ['isom'], handlers: ['vide', 'soun'], seconds: 5 }),
    );

    const outcomes = await importThroughApi(
      app,
      person.id,
      ['visit.wav', 'memo.m4a', 'clip.mp4'].map((f) => path.join(dir, f)),
    );
    expect(outcomes.find((o) => o.file.endsWith('clip.mp4'))?.error).toMatchObject({ code: 'FILE_REFUSED' });
    const imported = outcomes.filter((o) => o.documentId);
    expect(imported.map((o) => [o.status, o.category])).toEqual([
      ['imported', 'visit_notes'],
      ['imported', 'visit_notes'],
    ]);

    const byFile = (name: string) => imported.find((o) => o.file.endsWith(name))!.documentId!;
    const visit = await app.call(CALLS.documentsGet, { id: byFile('visit.wav') });
    expect(visit).toMatchObject({
      kind: 'audio',
      mime: 'audio/wav',
      status: 'done',
      category: 'visit_notes',
      title: 'Audio recording, 2 min',
      docDate: '2026-04-02',
      pageCount: 0,
      pages: [],
      identityWarning: null,
    });
    const note = await app.call(CALLS.documentsGet, { id: byFile('memo.m4a') });
    expect(note).toMatchObject({
      mime: 'audio/mp4',
      title: 'Audio recording, 12 min',
      docDate: '2026-04-03',
    });

    const session = app.ctx.session();
    expect(readDocumentBytes(session, visit.id).equals(wav)).toBe(true);
    expect(listPages(session.db, visit.id)).toEqual([]);
    // Nothing of the recording is left in plain view in the vault folder.
    const sample = wav.subarray(wav.length - 64);
    for (const file of fs.readdirSync(app.ctx.vaultDir, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(app.ctx.vaultDir, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full).includes(sample)).toBe(false);
    }
    // Search has no text of it, and the review queue leaves it alone.
    expect(await app.call(CALLS.reviewList, { personId: person.id })).toEqual([]);
  });

  it('applies the recordings’ own size limit: larger than other files may be, but not unbounded', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Sam Limits' });
    const dir = tempDir();
    const wav = path.join(dir, 'long.wav');
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(wav, wavFile(2));
    fs.writeFileSync(pdf, await makeTextPdf([['A report long enough to pass the small limit.']]));
    const session = app.ctx.session();
    const ocr = app.ctx.ocr();
    const small = { maxFileBytes: 256 };
    const outcomes = await importFiles(session, person.id, [wav, pdf], { ocr, limits: small });
    expect(outcomes.find((o) => o.file === wav)).toMatchObject({ status: 'imported' });
    expect(outcomes.find((o) => o.file === pdf)).toMatchObject({ error: { code: 'FILE_REFUSED' } });

    const [tooLong] = await importFiles(session, person.id, [wav], {
      ocr,
      limits: { maxFileBytes: 256, maxAudioBytes: 2048 },
      duplicates: 'keep',
    });
    const size = fs.statSync(wav).size;
    expect(tooLong).toMatchObject({ error: { message: REASONS.tooBig(size, 2048) } });
  });
});
