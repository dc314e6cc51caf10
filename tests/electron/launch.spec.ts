import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { CareBinderApi } from '../../shared/api/contract.ts';
import { ELECTRON_MISSING, findElectronBinary } from './electron-binary.ts';

/**
 * The page's global as these tests see it (this project's Node tsconfig has no DOM types). Functions
 * passed to page.evaluate run in the page and cannot use anything from this file but types.
 */
type PageGlobal = Record<string, unknown> & {
  carebinder?: CareBinderApi;
  location: { href: string };
  open(url: string): unknown;
};

const repoRoot = path.resolve(import.meta.dirname, '../..');
const mainBundle = path.join(repoRoot, 'dist', 'electron', 'main.cjs');
const binary = findElectronBinary(repoRoot);

// Said once in the output as well as in each test's skip annotation (the list reporter hides those).
if (binary === null && !process.env.TEST_WORKER_INDEX) console.warn(ELECTRON_MISSING);
test.skip(binary === null, ELECTRON_MISSING);
test.describe.configure({ mode: 'serial' });

let home: string;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  for (const built of [mainBundle, path.join(repoRoot, 'dist', 'renderer', 'index.html')]) {
    if (!fs.existsSync(built))
      throw new Error(`${path.relative(repoRoot, built)} is missing: run "npm run build" first.`);
  }
  // Each test gets its own vault and its own Electron data folder (XDG_CONFIG_HOME is Electron's appData on Linux).
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-electron-e2e-'));
  app = await _electron.launch({
    executablePath: binary ?? undefined,
    // Chromium refuses to start as root with its OS sandbox (CI containers); the page keeps Electron's
    // renderer sandbox (sandbox: true) either way.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainBundle],
    env: {
      ...process.env,
      CAREBINDER_HOME: path.join(home, 'vault'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
    },
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  await app.close();
  fs.rmSync(home, { recursive: true, force: true });
});

test('opens the first-run screen from app:// in a sandboxed, isolated page', async () => {
  await expect(page.getByRole('heading', { name: 'Welcome to CareBinder' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/carebinder\//);
  expect(
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle())),
  ).toEqual(['CareBinder']);

  const surface = await page.evaluate(() => {
    const scope = globalThis as unknown as PageGlobal;
    return {
      apiKeys: Object.keys(scope.carebinder ?? {}).sort(),
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      buffer: typeof scope.Buffer,
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
    };
  });
  expect(surface).toEqual({
    apiKeys: ['call', 'onEvent'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    buffer: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
  });
});

test('answers calls through window.carebinder from the Electron door', async () => {
  const info = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).carebinder?.call('app:info', {}),
  );
  expect(info).toMatchObject({ ok: true, value: { door: 'electron' } });
  const status = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).carebinder?.call('vault:status', {}),
  );
  expect(status).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });
});

test('enforces the CSP: no eval, no network', async () => {
  const evalResult = await page.evaluate(() => {
    try {
      return String((0, eval)('1 + 1'));
    } catch (error) {
      return error instanceof Error ? error.name : 'blocked';
    }
  });
  expect(evalResult).toBe('EvalError');
  const fetched = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(fetched).toBe('blocked');
});

test('denies navigation to an external URL and new windows', async () => {
  await expect(page.getByRole('heading', { name: 'Welcome to CareBinder' })).toBeVisible();
  // Listen in the main process after the app's own handler, which runs first and prevents it.
  const navigation = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<{ url: string; prevented: boolean }>((resolve) => {
        BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event, url) =>
          resolve({ url, prevented: event.defaultPrevented }),
        );
      }),
  );
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobal).location.href = 'https://example.com/';
  });
  expect(await navigation).toEqual({ url: 'https://example.com/', prevented: true });
  await expect(page.getByRole('heading', { name: 'Welcome to CareBinder' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/carebinder\//);

  expect(
    await page.evaluate(() => (globalThis as unknown as PageGlobal).open('https://example.com/') === null),
  ).toBe(true);
  expect(app.windows()).toHaveLength(1);
});
