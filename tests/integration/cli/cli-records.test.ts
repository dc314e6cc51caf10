import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../main/cli/bin.mjs');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAREBINDER_PASSPHRASE: STRONG_PASSPHRASE },
    timeout: 120_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.split('\n').filter(Boolean),
  };
}

describe('carebinder CLI (import, search, medicines)', () => {
  it('imports a folder, refuses a bad file (exit 1), searches, and keeps a medication log', async () => {
    const dir = tempDir();
    const vault = path.join(dir, 'v');
    const inbox = path.join(dir, 'in');
    fs.mkdirSync(inbox);
    fs.writeFileSync(
      path.join(inbox, 'a.pdf'),
      await makeTextPdf([['Radiation oncology consult', 'Plan: letrozole 2.5 mg daily']]),
    );
    fs.writeFileSync(path.join(inbox, 'b.pdf'), Buffer.from('MZ this is really a program'));
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    expect(cli(['people', 'add', 'Una Example', '--vault', vault]).code).toBe(0);

    const imported = cli(['import', inbox, '--person', 'una example', '--vault', vault, '--json']);
    expect(imported.code).toBe(1);
    // Refusals are reported while files are added, before the others are read: order is not input order.
    const outcomes = imported.lines.map((l) => JSON.parse(l) as { file: string; documentId?: string });
    const ok = outcomes.find((o) => o.file.endsWith('a.pdf'))!;
    const refused = outcomes.find((o) => o.file.endsWith('b.pdf'))!;
    expect(ok).toMatchObject({
      file: path.join(inbox, 'a.pdf'),
      status: expect.stringMatching(/imported|needs_review/),
      documentId: expect.any(String),
    });
    expect(refused).toMatchObject({ file: path.join(inbox, 'b.pdf'), error: { code: 'FILE_REFUSED' } });

    const hits = cli(['search', 'letrozole', '--person', 'Una Example', '--vault', vault, '--json']);
    expect(hits.lines.map((l) => JSON.parse(l))).toEqual([
      {
        documentId: ok.documentId,
        title: expect.any(String),
        page: 1,
        snippet: expect.stringContaining('[letrozole]'),
      },
    ]);

    expect(
      cli([
        'meds',
        'add',
        'Zofran',
        '--dose',
        '8 mg',
        '--start',
        '2026-01',
        '--person',
        'Una Example',
        '--vault',
        vault,
      ]).code,
    ).toBe(0);
    expect(
      cli(['meds', 'stop', 'ondansetron', '--date', '2026-02', '--person', 'Una Example', '--vault', vault])
        .code,
    ).toBe(0);
    const meds = cli(['meds', 'list', '--person', 'Una Example', '--vault', vault, '--json']).lines.map((l) =>
      JSON.parse(l),
    );
    expect(meds).toEqual([
      expect.objectContaining({ name: 'Zofran', generic: 'ondansetron', current: false }),
    ]);
    expect(cli(['meds', 'stop', 'aspirin', '--person', 'Una Example', '--vault', vault]).code).toBe(1);
    expect(cli(['meds', 'list', '--vault', vault]).code).toBe(2);
  });
});
