import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, setDeviceSlot, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { VaultSession } from '../../../main/core/vault/vault-session.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { writeHeaderFile } from '../../../main/core/vault/vault-header.ts';
import { headerMac, wrapDataKey } from '../../../main/core/vault/vault-keys.ts';
import { DocumentStore } from '../../../main/core/store/document-store.ts';
import { referencedFileIds } from '../../../main/core/store/file-references.ts';
import { addPerson, listPeople } from '../../../main/core/people/people.service.ts';
import { readDocumentBytes, storeDocument } from '../../../main/core/documents/documents.service.ts';
import { importFiles } from '../../../main/core/documents/import.service.ts';
import { listAllDocuments } from '../../../main/core/documents/documents.repo.ts';
import { createBackup } from '../../../main/core/backup/backup.service.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { AppError, toErrorShape } from '../../../main/core/errors.ts';
import type { AtomicFs } from '../../../main/core/fs/atomic-write.ts';
import { AFTER_RENAME, FAULT_CASES, faultyFs } from '../../crash/faulty-fs.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';

// Reopened through the remembered-device slot: the same unlock, without an Argon2id run per check.
const DEVICE_KEY = crypto.randomBytes(32);
const remembered = () => ({ deviceKey: Buffer.from(DEVICE_KEY) });
const ocr = createTesseractOcrService({ workers: 1 }); // engines start on first use; text files never need one
let root: string;
let dir: string;
let personId: string;
let before: { id: string; bytes: Buffer }[];

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-fault-'));
  dir = path.join(root, 'vault');
  const { session } = await createVault(dir, STRONG_PASSPHRASE);
  personId = addPerson(session, { name: 'Fay Example' }).id;
  setDeviceSlot(session, DEVICE_KEY);
  const bytes = Buffer.alloc(150_000, 3); // more than two chunks, so a torn write would show
  const row = storeDocument(session, { personId, originalName: 'old.txt', mime: 'text/plain', bytes });
  before = [{ id: row.id, bytes }];
  session.close();
});

afterAll(async () => {
  await ocr.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** The same unlocked vault, but its document store writes through `ops`. */
function withStoreOps(session: VaultSession, ops: AtomicFs): VaultSession {
  const store = new DocumentStore(vaultFile(dir, 'documents'), session.dataKey, session.vaultId, ops);
  return new VaultSession(session.dir, session.header, session.db, store, session.dataKey);
}

function tempFilesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.cbtmp'));
}

function thrownBy(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('did not fail');
}

/** Reopens the vault the normal way and checks it holds exactly `expected` documents, each readable. */
async function expectVaultHolds(expected: { id: string; bytes: Buffer }[]): Promise<void> {
  const session = await unlockVault(dir, remembered());
  try {
    expect(session.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listAllDocuments(session.db).map((r) => r.id)).toEqual(expected.map((d) => d.id));
    for (const doc of expected) expect(readDocumentBytes(session, doc.id).equals(doc.bytes)).toBe(true);
    expect(new Set(session.store.list())).toEqual(referencedFileIds(session.db));
    expect(tempFilesIn(dir)).toEqual([]);
  } finally {
    session.close();
  }
}

describe('a document write failing at each step of the atomic write', () => {
  for (const { step, code, expect: expected } of FAULT_CASES) {
    it(`${code} at ${step}: a plain ${expected} error, and the vault reopens as it was`, async () => {
      const session = await unlockVault(dir, remembered());
      const ops = faultyFs(step, code);
      const error = thrownBy(() =>
        storeDocument(withStoreOps(session, ops), {
          personId,
          originalName: 'new.txt',
          mime: 'text/plain',
          bytes: Buffer.alloc(150_000, 9),
        }),
      );
      session.close();
      expect(ops.fired).toBe(true);
      expect(error.code).toBe(expected);
      expect(tempFilesIn(dir)).toEqual([]);
      await expectVaultHolds(before);
    });
  }

  for (const step of AFTER_RENAME) {
    it(`EIO at ${step}: the file is already in place, so the document is stored and kept`, async () => {
      const session = await unlockVault(dir, remembered());
      const ops = faultyFs(step, 'EIO');
      const bytes = Buffer.from(`stored despite ${step}`);
      const row = storeDocument(withStoreOps(session, ops), {
        personId,
        originalName: 'kept.txt',
        mime: 'text/plain',
        bytes,
      });
      session.close();
      expect(ops.fired).toBe(true);
      before = [...before, { id: row.id, bytes }];
      await expectVaultHolds(before);
    });
  }
});

describe('a full disk seen by the person', () => {
  it('an import on a full disk reports "not enough space" for that file and the batch goes on', async () => {
    const inbox = fs.mkdtempSync(path.join(root, 'inbox-'));
    const files = ['a.txt', 'b.txt'].map((name) => path.join(inbox, name));
    fs.writeFileSync(files[0]!, 'Clinic letter: follow-up visit in spring, blood pressure fine.\n');
    fs.writeFileSync(files[1]!, 'Radiology report: chest film clear, no change since last year.\n');
    const session = await unlockVault(dir, remembered());
    // The first file's write hits ENOSPC; the second is written normally.
    const outcomes = await importFiles(withStoreOps(session, faultyFs('write', 'ENOSPC')), personId, files, {
      ocr,
    });
    const added = listAllDocuments(session.db).filter((r) => !before.some((b) => b.id === r.id));
    session.close();
    expect(outcomes[0]).toEqual({
      file: files[0],
      error: {
        code: 'DISK_FULL',
        message: expect.stringMatching(/^There is not enough space on the disk/),
      },
    });
    expect(outcomes[1]).toMatchObject({ file: files[1], documentId: added[0]?.id });
    expect(added).toHaveLength(1);
    before = [...before, { id: added[0]!.id, bytes: fs.readFileSync(files[1]!) }];
    await expectVaultHolds(before);
  });

  it('SQLite running out of room (SQLITE_FULL) is the same plain error, and the stored file is taken back', async () => {
    const session = await unlockVault(dir, remembered());
    const pages = session.db.pragma('page_count', { simple: true }) as number;
    session.db.pragma(`max_page_count = ${pages}`); // this connection may not grow the file: a full disk
    let thrown: unknown;
    try {
      storeDocument(session, {
        personId,
        originalName: 'big-title.txt',
        mime: 'text/plain',
        bytes: Buffer.from('row does not fit'),
        title: 'x'.repeat(200_000),
      });
    } catch (error) {
      thrown = error;
    }
    const referenced = referencedFileIds(session.db);
    const orphans = session.store.list().filter((id) => !referenced.has(id));
    session.close();
    expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
    expect(toErrorShape(thrown)).toEqual({
      code: 'DISK_FULL',
      message: expect.stringMatching(/^There is not enough space on the disk/),
    });
    expect(orphans).toEqual([]);
    await expectVaultHolds(before);
  });
});

describe('leftovers of a crash at the next unlock', () => {
  it('a settings-file write cut short (a temp file beside vault.json) is swept', async () => {
    const leftover = path.join(dir, `.vault.json.0a1b2c3d4e5f.cbtmp`);
    fs.writeFileSync(leftover, '{"half":');
    await expectVaultHolds(before);
    expect(fs.existsSync(leftover)).toBe(false);
  });

  it('a leftover the sweep cannot remove does not stop the vault opening', async () => {
    // rmSync without `recursive` refuses a folder: a stand-in for a file another program holds open.
    const stuck = path.join(vaultFile(dir, 'documents'), 'ab', `.stuck.cbtmp`);
    fs.mkdirSync(stuck, { recursive: true });
    fs.writeFileSync(path.join(stuck, 'inside'), 'x');
    const session = await unlockVault(dir, remembered());
    expect(listAllDocuments(session.db).map((r) => r.id)).toEqual(before.map((d) => d.id));
    session.close();
    fs.rmSync(stuck, { recursive: true });
  });
});

describe('the vault settings file and backups under injected faults', () => {
  for (const { step, code, expect: expected } of FAULT_CASES) {
    it(`${code} at ${step}: vault.json keeps its old bytes and the vault still unlocks`, async () => {
      const file = vaultFile(dir, 'header');
      const oldBytes = fs.readFileSync(file);
      const session = await unlockVault(dir, remembered());
      // What "remember on this computer" writes on another computer: a new device slot, header re-signed.
      const next = { ...session.header, slots: { ...session.header.slots }, mac: '' };
      next.slots.device = wrapDataKey(crypto.randomBytes(32), session.dataKey, next, 'device');
      next.mac = headerMac(session.dataKey, next);
      const error = thrownBy(() => writeHeaderFile(file, next, faultyFs(step, code)));
      session.close();
      expect(error.code).toBe(expected);
      expect(fs.readFileSync(file).equals(oldBytes)).toBe(true);
      await expectVaultHolds(before); // still this computer's key: the old header is the one in force
    });

    it(`${code} at ${step}: no backup file appears, half-written or otherwise`, async () => {
      const out = fs.mkdtempSync(path.join(root, 'backup-'));
      const session = await unlockVault(dir, remembered());
      const error = thrownBy(() =>
        createBackup(session, path.join(out, 'family.cbbackup'), faultyFs(step, code)),
      );
      expect(listPeople(session).map((p) => p.id)).toEqual([personId]);
      session.close();
      expect(error.code).toBe(expected);
      expect(fs.readdirSync(out)).toEqual([]);
    });
  }
});
