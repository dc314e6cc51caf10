import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../main/cli/cli-command.ts';
import { medsExtractCommand } from '../../../main/cli/commands/meds-extract.command.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-meds-'));
  await writeFile(
    path.join(dir, 'list.txt'),
    'MEDICATIONS:\n1. Anastrozole 1 mg PO daily\f2. Herceptin 6 mg/kg IV every 3 weeks\n',
  );
  await writeFile(path.join(dir, 'scan.pdf'), '%PDF-1.7\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], json = true) {
  let stdout = '';
  let stderr = '';
  const code = await medsExtractCommand.run({
    positionals: args,
    values: { json },
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('carebinder meds extract', () => {
  it('prints one JSON line per file with page evidence', async () => {
    const { code, stdout } = await run([path.join(dir, 'list.txt')]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '{}') as {
      medications: { normalized: string; evidence: { page: number } }[];
    };
    expect(out.medications.map((m) => [m.normalized, m.evidence.page])).toEqual([
      ['anastrozole', 1],
      ['trastuzumab', 2],
    ]);
  });

  it('reports unreadable files and exits 1, going on with the rest', async () => {
    const { code, stdout } = await run([
      path.join(dir, 'missing.txt'),
      path.join(dir, 'scan.pdf'),
      path.join(dir, 'list.txt'),
    ]);
    expect(code).toBe(1);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { error?: { code: string }; medications?: unknown[] });
    expect(rows.map((r) => r.error?.code ?? 'ok')).toEqual(['NOT_FOUND', 'FILE_REFUSED', 'ok']);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run([path.join(dir, 'list.txt')], false);
    expect(code).toBe(0);
    expect(stdout).toContain('Anastrozole');
    expect(stdout).toContain('Herceptin (trastuzumab)');
  });

  it('needs at least one file', async () => {
    await expect(run([])).rejects.toBeInstanceOf(UsageError);
  });
});
