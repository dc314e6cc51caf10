import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { expandInputs, importFiles } from '../../../main/core/documents/import.service.ts';
import { listAllDocuments } from '../../../main/core/documents/documents.repo.ts';
import { listPages } from '../../../main/core/documents/pages.repo.ts';
import { readDocumentBytes } from '../../../main/core/documents/documents.service.ts';
import { searchPages, snippetText } from '../../../main/core/search/search.service.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { makeScan, makeTextPdf } from '../../helpers/make-fixtures.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const ocr = createTesseractOcrService();
afterAll(() => ocr.close());

describe('importing a mixed batch into the vault', () => {
  it('stores every good file, refuses the bad ones with reasons, and makes the text searchable', async () => {
    const inbox = tempDir();
    const pdf = await makeTextPdf([
      ['SURGICAL PATHOLOGY REPORT', 'Final diagnosis: invasive ductal carcinoma'],
      ['Page two mentions trastuzumab'],
    ]);
    fs.writeFileSync(path.join(inbox, '01-pathology.pdf'), pdf);
    fs.writeFileSync(
      path.join(inbox, '02-scan.png'),
      await makeScan(['CHEST CT REPORT', 'Impression: no pulmonary nodules']),
    );
    fs.writeFileSync(
      path.join(inbox, '03-photo-named.pdf'),
      await makeScan(['Ondansetron 8 mg tablets'], { format: 'jpeg' }),
    );
    fs.writeFileSync(path.join(inbox, '04-notes.txt'), 'Questions for Dr. Rivera about radiation therapy\n');
    fs.writeFileSync(
      path.join(inbox, '05-program.pdf'),
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)]),
    );
    fs.writeFileSync(path.join(inbox, '06-truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
    fs.writeFileSync(path.join(inbox, '07-empty.pdf'), Buffer.alloc(0));
    fs.mkdirSync(path.join(inbox, 'sub'));
    fs.writeFileSync(path.join(inbox, 'sub', '08-again.pdf'), pdf);

    const dir = tempDir();
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    const person = addPerson(session, { name: 'Ivy Example' });
    const files = expandInputs([inbox]);
    expect(files.map((f) => path.basename(f))).toEqual([
      '01-pathology.pdf',
      '02-scan.png',
      '03-photo-named.pdf',
      '04-notes.txt',
      '05-program.pdf',
      '06-truncated.pdf',
      '07-empty.pdf',
      '08-again.pdf',
    ]);
    const outcomes = await importFiles(session, person.id, files, { ocr });
    const byName = Object.fromEntries(outcomes.map((o) => [path.basename(o.file), o]));

    for (const name of ['01-pathology.pdf', '02-scan.png', '03-photo-named.pdf', '04-notes.txt']) {
      expect(byName[name], name).toMatchObject({ status: expect.stringMatching(/imported|needs_review/) });
    }
    expect(byName['05-program.pdf']).toMatchObject({
      error: { code: 'FILE_REFUSED', message: expect.stringMatching(/program/) },
    });
    expect(byName['06-truncated.pdf']).toMatchObject({
      error: { code: 'FILE_REFUSED', message: expect.stringMatching(/incomplete|damaged/) },
    });
    expect(byName['07-empty.pdf']).toMatchObject({
      error: { code: 'FILE_REFUSED', message: expect.stringMatching(/empty/) },
    });
    expect(byName['08-again.pdf']).toMatchObject({ status: 'duplicate' });

    const stored = listAllDocuments(session.db);
    expect(stored).toHaveLength(4);
    const pathology = stored.find((d) => d.originalName === '01-pathology.pdf')!;
    expect(readDocumentBytes(session, pathology.id).equals(pdf)).toBe(true);
    const pdfPages = listPages(session.db, pathology.id);
    expect(pdfPages.map((p) => p.source)).toEqual(['text-layer', 'text-layer']);
    expect(stored.find((d) => d.originalName === '03-photo-named.pdf')!.mime).toBe('image/jpeg');

    const hits = searchPages(session, { query: 'trastuzumab', personId: person.id });
    expect(hits).toEqual([expect.objectContaining({ documentId: pathology.id, page: 2 })]);
    expect(snippetText(hits[0]!.snippet)).toContain('[trastuzumab]');
    expect(searchPages(session, { query: 'pulmonary nodul', personId: person.id })).toHaveLength(1);
    expect(searchPages(session, { query: 'ondansetron', personId: person.id })).toHaveLength(1);
    const other = addPerson(session, { name: 'Jon Example' });
    expect(searchPages(session, { query: 'trastuzumab', personId: other.id })).toEqual([]);
    session.close();

    // Everything survives a lock and unlock, and nothing readable is left on disk.
    const again = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
    expect(searchPages(again, { query: 'carcinoma', personId: person.id })).toHaveLength(1);
    again.close();
  });
});

describe('choosing a folder', () => {
  it('takes its files in order, leaves out hidden ones and skips links that may lead elsewhere', () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'private.txt'), 'not part of the chosen folder');
    const inbox = tempDir();
    fs.mkdirSync(path.join(inbox, 'b-scans'));
    fs.writeFileSync(path.join(inbox, 'b-scans', 'page.txt'), 'page');
    fs.writeFileSync(path.join(inbox, 'a-letter.txt'), 'letter');
    fs.writeFileSync(path.join(inbox, '.hidden.txt'), 'hidden');
    fs.symlinkSync(path.join(outside, 'private.txt'), path.join(inbox, 'c-link.txt'));
    fs.symlinkSync(inbox, path.join(inbox, 'b-scans', 'loop'));
    expect(expandInputs([inbox])).toEqual([
      path.join(inbox, 'a-letter.txt'),
      path.join(inbox, 'b-scans', 'page.txt'),
    ]);
  });
});
