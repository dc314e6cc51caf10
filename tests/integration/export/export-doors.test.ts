import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportContract, exportResultSchema } from '../../../shared/schemas/export.schema.ts';
import { AppContext } from '../../../main/api/app-context.ts';
import { exportHandlers } from '../../../main/api/handlers/export.handlers.ts';
import { exportCommand } from '../../../main/cli/commands/export.command.ts';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';
import { buildPacketVault, type PacketVault } from './packet-fixture.ts';

let root: string;
let vault: PacketVault;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-export-doors-'));
  vault = await buildPacketVault(root);
});
afterAll(() => {
  vault?.session.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('export calls (handlers over the export contract)', () => {
  it('previews the packet, then runs the export as a job with progress and a checked result', async () => {
    const ctx = new AppContext({ vaultDir: vault.dir, keychain: new KeytarKeychain(), door: 'cli' });
    const progress: string[] = [];
    ctx.events.on('event', (e) => {
      if (e.type === 'job:progress') progress.push(e.step);
    });
    ctx.open(vault.session, 'passphrase');
    const input = exportContract['export:preview'].input.parse({ personId: vault.ada.id });
    const preview = exportContract['export:preview'].output.parse(
      await exportHandlers['export:preview'](input, ctx),
    );
    expect(preview.documents.length).toBeGreaterThanOrEqual(3);
    expect(preview.medications).toBe(2);
    expect(preview.suggestedName).toMatch(/^CareBinder packet - Ada Example - \d{4}-\d{2}-\d{2}$/);
    expect(preview.estimatedBytes).toBeGreaterThan(0);

    const onlyPathology = exportContract['export:preview'].input.parse({
      personId: vault.ada.id,
      categories: ['pathology'],
    });
    expect((await exportHandlers['export:preview'](onlyPathology, ctx)).documents).toHaveLength(1);

    const start = exportContract['export:start'].input.parse({
      personId: vault.ada.id,
      format: 'folder',
      out: path.join(root, 'api-folder'),
    });
    const { jobId } = await exportHandlers['export:start'](start, ctx);
    let state = ctx.jobs.get(jobId);
    while (state.status === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      state = ctx.jobs.get(jobId);
    }
    expect(state.status).toBe('done');
    expect(exportResultSchema.parse(state.result).verification.ok).toBe(true);
    expect(progress).toContain('Preparing documents');
    const verify = exportContract['export:verifyFolder'].input.parse({ path: path.join(root, 'api-folder') });
    expect(await exportHandlers['export:verifyFolder'](verify, ctx)).toMatchObject({ ok: true });
  });
});

describe('carebinder export (CLI command)', () => {
  it('writes an encrypted ZIP from a password file and prints the result as JSON', async () => {
    vault.session.close();
    const passwordFile = path.join(root, 'zip-password.txt');
    fs.writeFileSync(passwordFile, 'marigold-river-19\n');
    const out: string[] = [];
    const err: string[] = [];
    const code = await exportCommand.run({
      positionals: [],
      values: {
        vault: vault.dir,
        person: 'ada example',
        format: 'zip',
        out: path.join(root, 'cli', 'packet.zip'),
        'password-file': passwordFile,
        categories: 'pathology,imaging',
        json: true,
      },
      io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
      env: { ...process.env, CAREBINDER_PASSPHRASE: STRONG_PASSPHRASE },
    });
    expect(code, err.join('')).toBe(0);
    const result = exportResultSchema.parse(JSON.parse(out.join('')));
    expect(result.verification.ok).toBe(true);
    const zip = result.files[0]!.path;
    const listing = spawnSync('7z', ['l', '-slt', '-pmarigold-river-19', zip], { encoding: 'utf8' });
    expect(listing.stdout).toMatch(/01 Pathology reports\//);
    expect(listing.stdout).not.toMatch(/Insurance/);
    expect(spawnSync('7z', ['t', '-pmarigold-river-19', zip]).status).toBe(0);
  });
});
