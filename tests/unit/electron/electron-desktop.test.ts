import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/errors.ts';
import { APP_ENTRY_URL } from '../../../main/electron/app-assets.ts';
import { electronDesktop } from '../../../main/electron/electron-desktop.ts';
import { buildElectronBundles } from '../../../main/scripts/build-electron.ts';
import { IPC_CHANNELS } from '../../../preload/ipc-channels.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';
import { createElectronStandIn, runBundle, StandInWebContents, standInEvent } from './electron-stand-in.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Electron's `shell`, recorded: the stand-in plays the operating system's file manager and mail app. */
function recordingShell() {
  const calls: [string, string][] = [];
  return {
    calls,
    showItemInFolder(fullPath: string) {
      calls.push(['showItemInFolder', fullPath]);
    },
    openExternal(url: string) {
      calls.push(['openExternal', url]);
      return Promise.resolve();
    },
  };
}

describe('the desktop hand-off through Electron’s shell', () => {
  it('shows files with showItemInFolder and opens only mailto: links externally', async () => {
    const shell = recordingShell();
    const desktop = electronDesktop(shell);
    await desktop.showInFolder('/home/sam/packet.zip');
    await desktop.openMailDraft?.('mailto:?subject=Records');
    await expect(desktop.openMailDraft?.('https://example.com/')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(desktop.openMailDraft?.('file:///etc/passwd')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(shell.calls).toEqual([
      ['showItemInFolder', '/home/sam/packet.zip'],
      ['openExternal', 'mailto:?subject=Records'],
    ]);
  });
});

/**
 * The real bundle dist/electron/main.cjs against the Electron stand-in with a recording `shell`, the
 * real core underneath: an export made through IPC can be shown and mailed about, nothing else can.
 */
describe('main.cjs: export:reveal and export:mailDraft', () => {
  let base: string;
  let shell: ReturnType<typeof recordingShell>;
  let standIn: ReturnType<typeof createElectronStandIn>;
  const savedArgv = process.argv;

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-electron-desktop-'));
    await buildElectronBundles(path.join(base, 'electron'));
    fs.mkdirSync(path.join(base, 'renderer'));
    fs.writeFileSync(path.join(base, 'renderer', 'index.html'), '<!doctype html><title>CareBinder</title>');
    standIn = createElectronStandIn(path.join(base, 'appData'));
    shell = recordingShell();
    process.argv = [
      process.execPath,
      path.join(base, 'electron', 'main.cjs'),
      '--vault',
      path.join(base, 'vault'),
    ];
    try {
      runBundle(path.join(base, 'electron', 'main.cjs'), { ...standIn.module, shell }, repoRoot);
    } finally {
      process.argv = savedArgv;
    }
    await sleep(0);
  });
  afterAll(() => {
    for (const listener of standIn.module.app.listeners.get('will-quit') ?? []) (listener as () => void)();
    fs.rmSync(base, { recursive: true, force: true });
  });

  const call = <T = Record<string, unknown>>(name: string, input: unknown) => {
    const handler = standIn.module.ipcMain.handlers.get(IPC_CHANNELS.call)!;
    const window = standIn.windows[0]!;
    const event = {
      senderFrame: { url: APP_ENTRY_URL, parent: null },
      sender: { id: window.webContents.id },
    };
    return handler(event, name, input) as Promise<Result<T>>;
  };

  it('shows the exported file and opens a draft without the patient’s name, refusing other paths', async () => {
    await call(CALLS.vaultCreate, { passphrase: STRONG_PASSPHRASE });
    await call(CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
    const person = await call<{ id: string }>(CALLS.peopleAdd, {
      name: 'Ada Example',
      birthDate: '1961-04-12',
    });
    if (!person.ok) throw new Error(person.error.message);
    const out = path.join(base, 'packets', 'Ada Example packet.pdf');
    const started = await call<{ jobId: string }>(CALLS.exportStart, {
      personId: person.value.id,
      format: 'pdf',
      out,
    });
    if (!started.ok) throw new Error(started.error.message);
    let job = await call<{ status: string }>(CALLS.jobsGet, { jobId: started.value.jobId });
    while (job.ok && job.value.status === 'running') {
      await sleep(20);
      job = await call(CALLS.jobsGet, { jobId: started.value.jobId });
    }
    expect(job).toMatchObject({ ok: true, value: { status: 'done' } });

    expect(await call(CALLS.exportReveal, { path: path.join(base, 'vault') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_REFUSED' },
    });
    expect(shell.calls).toEqual([]);

    expect(await call(CALLS.exportReveal, { path: out })).toEqual({ ok: true, value: { path: out } });
    const draft = await call<{ mailto: string; opened: boolean }>(CALLS.exportMailDraft, { path: out });
    expect(draft).toMatchObject({ ok: true, value: { opened: true } });
    const [, opened] = shell.calls[1]!;
    expect(shell.calls).toEqual([
      ['showItemInFolder', out],
      ['openExternal', expect.stringMatching(/^mailto:\?subject=/)],
      ['showItemInFolder', out],
    ]);
    expect(decodeURIComponent(opened)).not.toMatch(/Ada|Example|packets/);
  });

  it('still keeps the page itself from navigating to mailto: or opening windows', () => {
    const contents = new StandInWebContents(77);
    standIn.module.app.fire('web-contents-created', standInEvent(), contents);
    const navigation = standInEvent();
    contents.fire('will-navigate', navigation, 'mailto:?subject=x');
    expect(navigation.prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'mailto:?subject=x' })).toEqual({ action: 'deny' });
  });
});
