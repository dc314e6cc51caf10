import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { readDocumentBytes, storeDocument } from '../../../main/core/documents/documents.service.ts';
import { listAllDocuments } from '../../../main/core/documents/documents.repo.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { AppError } from '../../../main/core/errors.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

async function vaultWithDocuments(count: number) {
  const dir = tempDir();
  const { session } = await createVault(dir, STRONG_PASSPHRASE);
  const person = addPerson(session, { name: 'Dee Example' });
  const docs = Array.from({ length: count }, (_, i) =>
    storeDocument(session, {
      personId: person.id,
      originalName: `doc-${i}.txt`,
      mime: 'text/plain',
      // Larger than one 64 KiB chunk so chunk swaps and boundary truncation are exercised.
      bytes: Buffer.from(`document ${i} `.repeat(12_000)),
    }),
  );
  session.close();
  const fileOf = (fileId: string) =>
    path.join(vaultFile(dir, 'documents'), fileId.slice(0, 2), `${fileId}.cbf`);
  return { dir, docs, fileOf };
}

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

async function unlockCode(dir: string): Promise<string> {
  try {
    (await unlockVault(dir, { passphrase: STRONG_PASSPHRASE })).close();
    return 'no error';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('tampering fails closed', () => {
  it('a flipped byte anywhere in the vault header is an integrity error, not a wrong passphrase', async () => {
    const { dir } = await vaultWithDocuments(0);
    const file = vaultFile(dir, 'header');
    const original = fs.readFileSync(file);
    const positions = new Set<number>();
    for (let i = 0; i < original.length; i += Math.max(1, Math.floor(original.length / 40))) positions.add(i);
    positions.add(original.length - 2);
    for (const position of positions) {
      const damaged = Buffer.from(original);
      damaged[position] = damaged[position]! ^ 0x01;
      fs.writeFileSync(file, damaged);
      const code = await unlockCode(dir);
      // A flip in insignificant JSON whitespace (e.g. space→'!') breaks parsing; every case must fail closed.
      expect(['VAULT_INTEGRITY', 'VAULT_UNSUPPORTED'], `byte ${position}`).toContain(code);
    }
    fs.writeFileSync(file, original);
    expect(await unlockCode(dir)).toBe('no error');
  });

  it('a flipped byte, a truncation, an appended byte or a swapped file is a document integrity error', async () => {
    const { dir, docs, fileOf } = await vaultWithDocuments(2);
    const [a, b] = docs as [(typeof docs)[0], (typeof docs)[0]];
    const fileA = fileOf(a.fileId);
    const original = fs.readFileSync(fileA);
    const cases: [string, (bytes: Buffer) => Buffer][] = [
      ['flip in header', (x) => flip(x, 10)],
      ['flip in first chunk', (x) => flip(x, 100)],
      ['flip in last tag', (x) => flip(x, x.length - 1)],
      ['truncate mid-chunk', (x) => x.subarray(0, x.length - 100)],
      ['truncate at chunk boundary', (x) => x.subarray(0, 25 + 65_536 + 28)],
      ['append a byte', (x) => Buffer.concat([x, Buffer.from([0])])],
      ['empty', () => Buffer.alloc(0)],
      ['swap chunks', (x) => swapFirstChunks(x)],
    ];
    for (const [label, damage] of cases) {
      fs.writeFileSync(fileA, damage(Buffer.from(original)));
      const session = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
      expect(
        errorCode(() => readDocumentBytes(session, a.id)),
        label,
      ).toBe('DOCUMENT_INTEGRITY');
      expect(readDocumentBytes(session, b.id).toString().startsWith('document 1')).toBe(true);
      session.close();
    }
    // Another document's file in A's place (same vault, valid on its own) is refused too.
    fs.copyFileSync(fileOf(b.fileId), fileA);
    const session = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
    expect(errorCode(() => readDocumentBytes(session, a.id))).toBe('DOCUMENT_INTEGRITY');
    expect(listAllDocuments(session.db)).toHaveLength(2);
    session.close();
  });

  it('a damaged database page is reported, never silently dropped', async () => {
    const { dir } = await vaultWithDocuments(1);
    const file = vaultFile(dir, 'database');
    const bytes = fs.readFileSync(file);
    bytes[100] = bytes[100]! ^ 0xff; // inside page 1, which every read needs
    fs.writeFileSync(file, bytes);
    expect(await unlockCode(dir)).toBe('VAULT_INTEGRITY');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

function flip(bytes: Buffer, position: number): Buffer {
  bytes[position] = bytes[position]! ^ 0x01;
  return bytes;
}

function swapFirstChunks(bytes: Buffer): Buffer {
  const header = 25;
  const chunk = 65_536 + 28;
  const first = bytes.subarray(header, header + chunk);
  const second = bytes.subarray(header + chunk, header + 2 * chunk);
  return Buffer.concat([bytes.subarray(0, header), second, first, bytes.subarray(header + 2 * chunk)]);
}
