import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../main/cli/bin.mjs');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAREBINDER_PASSPHRASE: STRONG_PASSPHRASE, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('carebinder CLI (vault and people)', () => {
  it('initialises, adds and lists people, and reports the status', () => {
    const vault = path.join(tempDir(), 'v');
    const init = cli(['vault', 'init', '--vault', vault, '--json']);
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({
      vaultDir: vault,
      recoveryKey: expect.stringMatching(/^[0-9A-Z-]{39}$/),
    });
    expect(
      cli([
        'people',
        'add',
        'Gus',
        'Example',
        '--birth-date',
        '1958-02-01',
        '--relationship',
        'Father',
        '--vault',
        vault,
      ]).code,
    ).toBe(0);
    const list = cli(['people', 'list', '--vault', vault, '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ name: 'Gus Example', birthDate: '1958-02-01', relationship: 'Father' }),
    ]);
    const status = cli(['vault', 'status', '--vault', vault, '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({
      exists: true,
      protection: expect.stringContaining('Argon2id'),
    });
  });

  it('reads the passphrase from a file, exits 1 on a wrong one and 2 on misuse', () => {
    const dir = tempDir();
    const vault = path.join(dir, 'v');
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    const file = path.join(dir, 'pass.txt');
    fs.writeFileSync(file, `${STRONG_PASSPHRASE}\n`);
    expect(
      cli(['vault', 'unlock', '--vault', vault, '--passphrase-file', file], { CAREBINDER_PASSPHRASE: '' })
        .code,
    ).toBe(0);
    const wrong = cli(['vault', 'unlock', '--vault', vault], {
      CAREBINDER_PASSPHRASE: 'not the right one at all',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/passphrase is not right/);
    expect(cli(['people', 'add', '--vault', vault]).code).toBe(2);
    expect(cli(['vault', 'unlock', '--no-such-flag']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['--help']).code).toBe(0);
  });

  it('changes the passphrase, backs up and restores', () => {
    const dir = tempDir();
    const vault = path.join(dir, 'v');
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    expect(cli(['people', 'add', 'Hal Example', '--vault', vault]).code).toBe(0);
    const next = 'another rather long passphrase';
    expect(
      cli(['vault', 'change-passphrase', '--vault', vault], { CAREBINDER_NEW_PASSPHRASE: next }).code,
    ).toBe(0);
    expect(cli(['vault', 'unlock', '--vault', vault]).code).toBe(1);
    const backupFile = path.join(dir, 'b.cbbackup');
    const backup = cli(['vault', 'backup', '--vault', vault, '--out', backupFile, '--json'], {
      CAREBINDER_PASSPHRASE: next,
    });
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout).path).toBe(backupFile);
    const restored = path.join(dir, 'restored');
    expect(
      cli(['vault', 'restore', backupFile, '--to', restored], { CAREBINDER_PASSPHRASE: next }).code,
    ).toBe(0);
    const list = cli(['people', 'list', '--vault', restored, '--json'], { CAREBINDER_PASSPHRASE: next });
    expect(JSON.parse(list.stdout).map((p: { name: string }) => p.name)).toEqual(['Hal Example']);
  });
});
