import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppContext } from '../../../main/api/app-context.ts';
import { exportHandlers } from '../../../main/api/handlers/export.handlers.ts';
import { createRouter } from '../../../main/api/router.ts';
import { handlers } from '../../../main/api/handlers/index.ts';
import { spawnDesktopShell } from '../../../main/core/export/desktop-shell.ts';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { exportResultSchema, type ExportStartInput } from '../../../shared/schemas/export.schema.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';

const NAME = 'Ada Example';
let root: string;
let ctx: AppContext;
let personId: string;
let recorded: string;

/**
 * The desktop is played by a recorder script (CAREBINDER_REVEAL_COMMAND): a stand-in for the file
 * manager this machine does not have, not for CareBinder's code — the real spawn runs.
 */
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-export-desktop-'));
  recorded = path.join(root, 'revealed.txt');
  const recorder = path.join(root, 'file-manager.sh');
  fs.writeFileSync(recorder, `#!/bin/sh\nprintf '%s\\n' "$@" >> '${recorded}'\n`, { mode: 0o755 });
  const { session } = await createVault(path.join(root, 'vault'), STRONG_PASSPHRASE);
  personId = addPerson(session, { name: NAME, birthDate: '1961-04-12' }).id;
  ctx = new AppContext({
    vaultDir: path.join(root, 'vault'),
    keychain: new KeytarKeychain(),
    door: 'browser',
    desktop: spawnDesktopShell('linux', { CAREBINDER_REVEAL_COMMAND: recorder }),
  });
  ctx.open(session, 'passphrase');
});
afterAll(() => {
  ctx?.lock('user');
  fs.rmSync(root, { recursive: true, force: true });
});

async function exportPacket(input: Omit<ExportStartInput, 'personId'>) {
  const { jobId } = await exportHandlers['export:start']({ personId, ...input }, ctx);
  let state = ctx.jobs.get(jobId);
  while (state.status === 'running') {
    await sleep(20);
    state = ctx.jobs.get(jobId);
  }
  expect(state.status).toBe('done');
  return exportResultSchema.parse(state.result);
}

/** What the recorder was given, once the detached process has written it. */
async function revealedFolders(count: number): Promise<string[]> {
  for (let i = 0; i < 500; i++) {
    const lines = fs.existsSync(recorded)
      ? fs.readFileSync(recorded, 'utf8').split('\n').filter(Boolean)
      : [];
    if (lines.length >= count) return lines;
    await sleep(10);
  }
  throw new Error('the file manager stand-in was never started');
}

describe('showing an export in its folder and drafting an email (handlers)', () => {
  const dispatch = () => createRouter(ctx, handlers);

  it('shows a file it exported, and refuses paths it did not export', async () => {
    const out = path.join(root, 'out', 'packet.pdf');
    await exportPacket({ format: 'pdf', out });
    expect(await dispatch()('export:reveal', { path: out })).toEqual({ ok: true, value: { path: out } });
    expect(await revealedFolders(1)).toEqual([path.join(root, 'out')]);

    for (const other of [
      root,
      path.join(root, 'vault'),
      '/etc/passwd',
      path.join(root, 'out', 'other.pdf'),
    ]) {
      const refused = await dispatch()('export:reveal', { path: other });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED' } });
      const mail = await dispatch()('export:mailDraft', { path: other });
      expect(mail).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED' } });
    }
    // Nothing else reached the file manager.
    expect(await revealedFolders(1)).toHaveLength(1);
  });

  it('hands the page a neutral draft for a password ZIP (no name, no path) and shows the file', async () => {
    const out = path.join(root, 'mail', `CareBinder packet - ${NAME}.zip`);
    await exportPacket({ format: 'zip', out, zipPassword: 'marigold-river-19' });
    const answer = await dispatch()('export:mailDraft', { path: out });
    expect(answer).toMatchObject({ ok: true, value: { opened: false } });
    const { mailto } = (answer as { value: { mailto: string } }).value;
    const decoded = decodeURIComponent(mailto);
    expect(decoded).toMatch(/^mailto:\?subject=Medical records for a second-opinion appointment&body=/);
    expect(decoded).toContain('password separately');
    for (const secret of [NAME, 'Ada', 'Example', root, 'CareBinder packet', '1961'])
      expect(decoded).not.toContain(secret);
    expect((await revealedFolders(2))[1]).toBe(path.join(root, 'mail'));
  });

  it('offers no email for a folder export, and forgets every export when the vault locks', async () => {
    const folder = path.join(root, 'usb', 'packet');
    await exportPacket({ format: 'folder', out: folder });
    expect(await dispatch()('export:mailDraft', { path: folder })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await dispatch()('export:reveal', { path: folder })).toMatchObject({ ok: true });
    expect((await revealedFolders(3))[2]).toBe(path.join(root, 'usb'));

    ctx.lock('user');
    expect(await dispatch()('export:reveal', { path: folder })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
    ctx.open(await unlockVault(path.join(root, 'vault'), { passphrase: STRONG_PASSPHRASE }), 'passphrase');
    expect(await dispatch()('export:reveal', { path: folder })).toMatchObject({
      ok: false,
      error: { code: 'FILE_REFUSED' },
    });
  });
});
