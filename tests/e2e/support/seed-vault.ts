import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedRequest, SeedResult } from './seed-vault-child.ts';

export type { SeededDocument, SeedResult } from './seed-vault-child.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHILD = 'tests/e2e/support/seed-vault-child.ts';

/**
 * Test-only: creates the vault in `request.vaultDir` (the door fixture's, still empty) with one person
 * and `request.count` finished documents, through the core in a separate Node process. Call it before
 * the page opens the door; the UI then finds a locked vault and unlocks it with the passphrase.
 */
export function seedVault(request: SeedRequest): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as SeedResult);
      else reject(new Error(`Seeding the vault failed (exit ${code}).\n${stderr}`));
    });
    child.stdin.end(JSON.stringify(request));
  });
}
