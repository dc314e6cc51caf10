import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { readDocumentBytes } from '../../../main/core/documents/documents.service.ts';
import { listAllDocuments } from '../../../main/core/documents/documents.repo.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'document-writer.ts');
const ROUNDS = Number(process.env.CAREBINDER_KILL_ROUNDS ?? 50);

/** Runs the writer, kills it with SIGKILL at a random moment after it starts writing, returns acknowledged ids. */
function writeThenKill(dir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dir, STRONG_PASSPHRASE], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: string[] = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 120);
        else if (line.startsWith('ack ')) acked.push(line.slice(4));
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(acked));
  });
}

describe('SIGKILL while writing documents', () => {
  it(`never leaves a vault that fails to open or a row without its document (${ROUNDS} rounds)`, async () => {
    const dir = tempDir();
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    addPerson(session, { name: 'Eve Example' });
    session.close();

    const acknowledged = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of await writeThenKill(dir)) acknowledged.add(id);
      const reopened = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = listAllDocuments(reopened.db);
      const ids = new Set(rows.map((r) => r.id));
      for (const id of acknowledged) expect(ids.has(id), `acknowledged document ${id} survives`).toBe(true);
      for (const row of rows) expect(readDocumentBytes(reopened, row.id).length).toBe(row.byteSize);
      // After the start-up sweep: no temp files, and no stored file without its row.
      const stored = reopened.store.list();
      expect(new Set(stored)).toEqual(new Set(rows.map((r) => r.fileId)));
      const leftovers = fs
        .readdirSync(vaultFile(dir, 'documents'), { recursive: true })
        .filter((f) => String(f).endsWith('.cbtmp'));
      expect(leftovers).toEqual([]);
      reopened.close();
    }
    expect(acknowledged.size).toBeGreaterThan(0);
  });
});
