import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createVault,
  unlockVault,
  changePassphrase,
  verifyPassphrase,
} from '../../../main/core/vault/vault.service.ts';
import { addPerson, listPeople } from '../../../main/core/people/people.service.ts';
import { storeDocument, readDocumentBytes } from '../../../main/core/documents/documents.service.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { AppError } from '../../../main/core/errors.ts';
import { snapshotFiles, STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('vault', () => {
  it('creates, locks and unlocks with the passphrase and with the recovery key', async () => {
    const dir = tempDir();
    const { session, recoveryKey } = await createVault(dir, STRONG_PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    addPerson(session, { name: 'Ada Example', birthDate: '1950-01-02' });
    session.close();

    const again = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
    expect(listPeople(again).map((p) => p.name)).toEqual(['Ada Example']);
    again.close();

    const viaRecovery = await unlockVault(dir, { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(listPeople(viaRecovery)).toHaveLength(1);
    viaRecovery.close();
  });

  it('refuses a weak passphrase at creation', async () => {
    expect(await codeOf(createVault(tempDir(), 'password1'))).toBe('WEAK_PASSPHRASE');
  });

  it('says the passphrase is wrong and leaves every file byte-identical', async () => {
    const dir = tempDir();
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    const person = addPerson(session, { name: 'Bea Example' });
    storeDocument(session, {
      personId: person.id,
      originalName: 'a.txt',
      mime: 'text/plain',
      bytes: Buffer.from('hello'),
    });
    session.close();
    const before = snapshotFiles(dir);

    const error = await unlockVault(dir, { passphrase: 'not the passphrase at all' }).catch(
      (e: AppError) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WRONG_PASSPHRASE');
    expect((error as AppError).message).toMatch(/passphrase is not right/);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('keeps the database encrypted and a canary out of every file and the temp folder', async () => {
    const dir = tempDir();
    const canary = `CANARY-${Date.now()}-ZEBRA`;
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    const person = addPerson(session, { name: canary });
    const doc = storeDocument(session, {
      personId: person.id,
      originalName: 'note.txt',
      mime: 'text/plain',
      bytes: Buffer.from(`Pathology report for ${canary}\n`.repeat(50)),
    });
    expect(readDocumentBytes(session, doc.id).toString()).toContain(canary);
    session.close();

    const db = fs.readFileSync(vaultFile(dir, 'database'));
    expect(db.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    for (const [name, bytes] of snapshotFiles(dir)) {
      expect(bytes.includes(canary), name).toBe(false);
      expect(bytes.includes(Buffer.from(canary, 'utf16le')), name).toBe(false);
    }
    const newTemp = fs.readdirSync(os.tmpdir()).filter((name) => !tmpBefore.has(name) && !dir.endsWith(name));
    for (const name of newTemp) {
      for (const [file, bytes] of snapshotFiles(path.join(os.tmpdir(), name))) {
        expect(bytes.includes(canary), file).toBe(false);
      }
    }
  });

  it('changing the passphrase leaves the database unchanged and retires the old one', async () => {
    const dir = tempDir();
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    addPerson(session, { name: 'Cy Example' });
    session.close();
    const reopened = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
    const dbBefore = fs.readFileSync(vaultFile(dir, 'database'));
    const next = 'a different long passphrase 42';
    expect(await codeOf(changePassphrase(reopened, 'wrong current passphrase', next))).toBe(
      'WRONG_PASSPHRASE',
    );
    await changePassphrase(reopened, STRONG_PASSPHRASE, next);
    reopened.close();
    expect(fs.readFileSync(vaultFile(dir, 'database')).equals(dbBefore)).toBe(true);
    expect(await codeOf(verifyPassphrase(dir, STRONG_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    const withNew = await unlockVault(dir, { passphrase: next });
    expect(listPeople(withNew).map((p) => p.name)).toEqual(['Cy Example']);
    withNew.close();
  });

  it('refuses to create a second vault in the same folder', async () => {
    const dir = tempDir();
    (await createVault(dir, STRONG_PASSPHRASE)).session.close();
    expect(await codeOf(createVault(dir, STRONG_PASSPHRASE))).toBe('VAULT_EXISTS');
  });
});
