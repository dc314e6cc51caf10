import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors.ts';
import { CALLS } from '../../../shared/api/contract.ts';
import { buildElectronBundles, EXTERNAL_PACKAGES } from '../../../main/scripts/build-electron.ts';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../../../main/electron/app-assets.ts';
import { IPC_CHANNELS } from '../../../preload/ipc-channels.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';
import { createElectronStandIn, runBundle, StandInWebContents, standInEvent } from './electron-stand-in.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * Runs the real bundle dist/electron/main.cjs (built into a temp folder) against the Electron stand-in,
 * with the real core underneath: this checks the composition root's wiring and order. What only a real
 * Electron can show (the sandbox, the page) is in tests/electron/launch.spec.ts.
 */
describe('main.cjs composition root', () => {
  let base: string;
  let vaultDir: string;
  let standIn: ReturnType<typeof createElectronStandIn>;
  let required: string[];
  const savedArgv = process.argv;

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-main-build-'));
    await buildElectronBundles(path.join(base, 'electron'));
    fs.mkdirSync(path.join(base, 'renderer'));
    fs.writeFileSync(path.join(base, 'renderer', 'index.html'), '<!doctype html><title>CareBinder</title>');
    vaultDir = path.join(base, 'vault');
    standIn = createElectronStandIn(path.join(base, 'appData'));
    process.argv = [process.execPath, path.join(base, 'electron', 'main.cjs'), '--vault', vaultDir];
    try {
      required = runBundle(path.join(base, 'electron', 'main.cjs'), standIn.module, repoRoot);
    } finally {
      process.argv = savedArgv;
    }
    // Let app.whenReady().then(…) run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  afterAll(() => {
    for (const listener of standIn.module.app.listeners.get('will-quit') ?? []) (listener as () => void)();
    fs.rmSync(base, { recursive: true, force: true });
  });

  const window = () => {
    const [first] = standIn.windows;
    if (!first) throw new Error('no window was opened');
    return first;
  };
  const invoke = (
    sender: { url: string | null; parent?: unknown; webContentsId?: number },
    name: string,
    input: unknown,
  ) => {
    const handler = standIn.module.ipcMain.handlers.get(IPC_CHANNELS.call);
    if (!handler) throw new Error('no call channel');
    const event = {
      senderFrame: sender.url === null ? null : { url: sender.url, parent: sender.parent ?? null },
      sender: { id: sender.webContentsId ?? window().webContents.id },
    };
    return handler(event, name, input) as Promise<Result<Record<string, unknown>>>;
  };

  it('requires only Electron, Node built-ins and the external packages at run time', () => {
    const allowed = (name: string) =>
      name.startsWith('node:') || EXTERNAL_PACKAGES.some((pkg) => name === pkg || name.startsWith(`${pkg}/`));
    expect(required.filter((name) => !allowed(name))).toEqual([]);
  });

  it('hardens before ready, registers IPC once, then opens one window on app://', () => {
    const { order } = standIn;
    expect(standIn.module.app.sandboxed).toBe(true);
    expect(standIn.module.protocol.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect([...standIn.module.ipcMain.handlers.keys()]).toEqual([IPC_CHANNELS.call]);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf(`ipcMain.handle:${IPC_CHANNELS.call}`)).toBeLessThan(
      order.indexOf('new BrowserWindow'),
    );
    expect(standIn.windows).toHaveLength(1);
    expect(window().loadedUrl).toBe(APP_ENTRY_URL);
    expect(window().options).toMatchObject({
      title: 'CareBinder',
      webPreferences: {
        preload: path.join(base, 'electron', 'preload.cjs'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    });
    expect(standIn.module.app.getPath('userData')).toBe(path.join(base, 'appData', 'CareBinder App'));
  });

  it('serves dist/renderer on app:// with the CSP', async () => {
    const handler = standIn.module.protocol.handlers.get('app');
    const response = await handler?.(new Request(APP_ENTRY_URL));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('denies permissions, network requests, downloads and spell-check downloads', async () => {
    const ses = standIn.module.session.defaultSession;
    // Our own page included: CareBinder needs no camera, location, notifications, clipboard reads…
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const granted = await new Promise((resolve) => ses.permissionRequest?.({}, permission, resolve));
      expect(granted, permission).toBe(false);
      expect(ses.permissionCheck?.({}, permission, 'app://carebinder', {}), permission).toBe(false);
    }
    expect(ses.devicePermission?.({})).toBe(false);
    expect(ses.spellChecker).toBe(false);
    expect(ses.dictionaryUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const cancel = (url: string) =>
      new Promise((resolve) => ses.beforeRequest?.({ url }, (r) => resolve(r.cancel)));
    expect(await cancel('https://example.com/')).toBe(true);
    expect(await cancel('file:///etc/passwd')).toBe(true);
    expect(await cancel('app://carebinder/index.html')).toBe(false);
    const download = standInEvent();
    ses.fire('will-download', download);
    expect(download.prevented).toBe(true);
  });

  it('denies navigation away, new windows and webviews in every webContents', () => {
    const contents = new StandInWebContents(99);
    standIn.module.app.fire('web-contents-created', standInEvent(), contents);
    const away = standInEvent();
    contents.fire('will-navigate', away, 'https://example.com/');
    expect(away.prevented).toBe(true);
    const redirect = standInEvent();
    contents.fire('will-redirect', redirect, 'http://example.com/');
    expect(redirect.prevented).toBe(true);
    const home = standInEvent();
    contents.fire('will-navigate', home, APP_ENTRY_URL);
    expect(home.prevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = standInEvent();
    contents.fire('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
  });

  it('answers our window and refuses other senders', async () => {
    await expect(invoke({ url: APP_ENTRY_URL }, CALLS.appInfo, {})).resolves.toMatchObject({
      ok: true,
      value: { door: 'electron' },
    });
    for (const sender of [
      { url: 'https://example.com/' },
      { url: 'file:///tmp/index.html' },
      { url: null },
      { url: APP_ENTRY_URL, webContentsId: 999 },
      { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } },
    ]) {
      await expect(invoke(sender, CALLS.appInfo, {})).resolves.toMatchObject({ ok: false });
    }
  });

  it('locks the vault on suspend and screen lock and tells the window', async () => {
    const sent = window().webContents.sent;
    await expect(invoke({ url: APP_ENTRY_URL }, CALLS.vaultStatus, {})).resolves.toMatchObject({
      ok: true,
      value: { vaultDir, exists: false },
    });
    await expect(
      invoke({ url: APP_ENTRY_URL }, CALLS.vaultCreate, { passphrase: STRONG_PASSPHRASE }),
    ).resolves.toMatchObject({
      ok: true,
    });
    await invoke({ url: APP_ENTRY_URL }, CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
    await expect(invoke({ url: APP_ENTRY_URL }, CALLS.vaultStatus, {})).resolves.toMatchObject({
      value: { unlocked: true },
    });

    standIn.module.powerMonitor.fire('suspend');
    expect(sent.at(-1)).toEqual({
      channel: IPC_CHANNELS.event,
      payload: { type: 'vault:locked', reason: 'system' },
    });
    await expect(invoke({ url: APP_ENTRY_URL }, CALLS.vaultStatus, {})).resolves.toMatchObject({
      value: { unlocked: false },
    });

    await invoke({ url: APP_ENTRY_URL }, CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
    const before = sent.length;
    standIn.module.powerMonitor.fire('lock-screen');
    expect(sent.slice(before)).toEqual([
      { channel: IPC_CHANNELS.event, payload: { type: 'vault:locked', reason: 'system' } },
    ]);
  });

  it('remembers the window geometry in its own data folder, not the vault', () => {
    window().fire('close');
    const file = path.join(base, 'appData', 'CareBinder App', 'window-state.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(fs.existsSync(path.join(vaultDir, 'window-state.json'))).toBe(false);
  });

  it('has a File/Edit/View/Help menu', () => {
    const labels = (standIn.menu.template as { label?: string }[]).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
  });
});
