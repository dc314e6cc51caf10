import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { addPerson, listPeople } from '../../../main/core/people/people.service.ts';
import { readDocumentBytes, storeDocument } from '../../../main/core/documents/documents.service.ts';
import { listAllDocuments } from '../../../main/core/documents/documents.repo.ts';
import { createBackup, restoreBackup } from '../../../main/core/backup/backup.service.ts';
import { AppError } from '../../../main/core/errors.ts';
import { snapshotFiles, STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

async function restoreCode(...args: Parameters<typeof restoreBackup>): Promise<string> {
  try {
    await restoreBackup(...args);
    return 'no error';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

async function makeVaultAndBackup() {
  const dir = tempDir();
  const { session, recoveryKey } = await createVault(dir, STRONG_PASSPHRASE);
  const ann = addPerson(session, { name: 'Ann Example', birthDate: '1961-05-06', relationship: 'Mother' });
  addPerson(session, { name: 'Ben Example' });
  const big = Buffer.alloc(300_000, 7);
  storeDocument(session, { personId: ann.id, originalName: 'scan.png', mime: 'image/png', bytes: big });
  storeDocument(session, {
    personId: ann.id,
    originalName: 'note.txt',
    mime: 'text/plain',
    bytes: Buffer.from('biopsy note'),
  });
  const backupFile = path.join(tempDir(), 'vault.cbbackup');
  const result = createBackup(session, backupFile);
  expect(result.bytes).toBeGreaterThan(300_000);
  const people = listPeople(session, true);
  const documents = listAllDocuments(session.db).map((d) => ({
    ...d,
    bytes: readDocumentBytes(session, d.id),
  }));
  session.close();
  return { dir, backupFile, recoveryKey, people, documents };
}

describe('backup and restore', () => {
  it('restores identical people and documents into a new folder, by passphrase or recovery key', async () => {
    const { backupFile, recoveryKey, people, documents } = await makeVaultAndBackup();
    for (const unlock of [{ passphrase: STRONG_PASSPHRASE }, { recoveryKey }]) {
      const target = path.join(tempDir(), 'restored');
      const restored = await restoreBackup(backupFile, unlock, target);
      expect(restored.documents).toBe(2);
      const session = await unlockVault(target, { passphrase: STRONG_PASSPHRASE });
      expect(listPeople(session, true)).toEqual(people);
      const again = listAllDocuments(session.db).map((d) => ({
        ...d,
        bytes: readDocumentBytes(session, d.id),
      }));
      expect(again).toEqual(documents);
      session.close();
    }
  });

  it('refuses a backup with any one byte changed, and a wrong passphrase, without touching anything', async () => {
    const { dir, backupFile } = await makeVaultAndBackup();
    const before = snapshotFiles(dir);
    const original = fs.readFileSync(backupFile);
    const positions = [
      0,
      25,
      60,
      400,
      Math.floor(original.length / 2),
      original.length - 40,
      original.length - 1,
    ];
    for (const position of positions) {
      const damaged = Buffer.from(original);
      damaged[position] = damaged[position]! ^ 0x04;
      fs.writeFileSync(backupFile, damaged);
      const parent = tempDir();
      const code = await restoreCode(
        backupFile,
        { passphrase: STRONG_PASSPHRASE },
        path.join(parent, 'restored'),
      );
      expect(code, `byte ${position}`).toBe('BACKUP_INTEGRITY');
      expect(fs.readdirSync(parent), 'no partial restore left behind').toEqual([]);
    }
    fs.writeFileSync(backupFile, original.subarray(0, original.length - 1000));
    expect(await restoreCode(backupFile, { passphrase: STRONG_PASSPHRASE }, path.join(tempDir(), 'r'))).toBe(
      'BACKUP_INTEGRITY',
    );

    fs.writeFileSync(backupFile, original);
    const parent = tempDir();
    expect(
      await restoreCode(backupFile, { passphrase: 'this is not the passphrase' }, path.join(parent, 'r')),
    ).toBe('WRONG_PASSPHRASE');
    expect(fs.readdirSync(parent)).toEqual([]);
    expect(await restoreCode(backupFile, { passphrase: STRONG_PASSPHRASE }, dir)).toBe('VAULT_EXISTS');
    expect(snapshotFiles(dir)).toEqual(before);
  });
});
