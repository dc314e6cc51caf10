import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { resumeImports } from '../../../main/core/documents/import.service.ts';
import { listAllDocuments, listUnfinished } from '../../../main/core/documents/documents.repo.ts';
import { listPages } from '../../../main/core/documents/pages.repo.ts';
import { searchPages } from '../../../main/core/search/search.service.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { makeScan } from '../../helpers/make-fixtures.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'import-runner.ts');
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const ocr = createTesseractOcrService();
afterAll(() => ocr.close());

describe('killed during an import', () => {
  it('resumes on reopen with no file or page lost or duplicated', async () => {
    const inbox = tempDir();
    for (const [i, word] of WORDS.entries()) {
      fs.writeFileSync(
        path.join(inbox, `${i}-${word}.png`),
        await makeScan([`Visit note marker ${word}zulu`, 'Blood pressure normal']),
      );
    }
    const dir = tempDir();
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    const person = addPerson(session, { name: 'Kim Example' });
    session.close();

    // Kill once every file is staged and the first has been read: the rest are queued in the vault.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [RUNNER, dir, STRONG_PASSPHRASE, inbox], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('done ')) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('exit', () => resolve());
    });

    const reopened = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
    expect(listAllDocuments(reopened.db)).toHaveLength(WORDS.length);
    expect(listUnfinished(reopened.db).length).toBeGreaterThan(0);
    await resumeImports(reopened, { ocr });
    expect(listUnfinished(reopened.db)).toEqual([]);
    const documents = listAllDocuments(reopened.db);
    expect(documents).toHaveLength(WORDS.length);
    for (const doc of documents) expect(listPages(reopened.db, doc.id).map((p) => p.pageNo)).toEqual([1]);
    for (const word of WORDS) {
      expect(searchPages(reopened, { query: `${word}zulu`, personId: person.id }), word).toHaveLength(1);
    }
    reopened.close();
  });
});
