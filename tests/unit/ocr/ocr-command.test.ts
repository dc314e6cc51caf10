import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrCommand } from '../../../main/cli/commands/ocr.command.ts';
import { textPdf } from '../import/make-files.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-ocr-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function run(files: string[], json: boolean) {
  let stdout = '';
  const code = await ocrCommand.run({
    positionals: files,
    values: { json },
    io: { stdout: (t) => (stdout += t), stderr: () => undefined },
    env: {},
  });
  return { code, stdout };
}

describe('carebinder ocr', () => {
  it('prints one JSON line per file, in order, and exits 1 when any file failed', async () => {
    const pdf = path.join(dir, 'letter.pdf');
    const exe = path.join(dir, 'setup.pdf');
    await writeFile(pdf, await textPdf(['Referral letter to the second opinion clinic']));
    await writeFile(exe, Buffer.from('MZ\x90\x00program', 'latin1'));
    const { code, stdout } = await run([pdf, exe], true);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({
      file: pdf,
      pages: [
        {
          page: 1,
          source: 'text-layer',
          text: 'Referral letter to the second opinion clinic',
          confidence: null,
        },
      ],
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(lines[1]).toMatchObject({ file: exe, error: { code: 'FILE_REFUSED' } });
    expect(code).toBe(1);
  });

  it('prints a readable summary and exits 0 when every file was read', async () => {
    const pdf = path.join(dir, 'plan.pdf');
    await writeFile(pdf, await textPdf(['Treatment plan: six cycles, then a scan']));
    const { code, stdout } = await run([pdf], false);
    expect(stdout).toContain('1 page(s), 1 from the text layer');
    expect(stdout).toContain('Treatment plan: six cycles, then a scan');
    expect(code).toBe(0);
  });
});
