import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildElectron, buildRenderer, ROOT } from './build.ts';
import { findElectronBinary } from './electron-binary.ts';

/**
 * `npm test`: vitest (unit + integration against the real encrypted database, OCR, PDFs and keychain), then
 * Playwright end-to-end through the browser door in Debian's Chromium. The keychain tests run inside a
 * private D-Bus session with a throw-away, unlocked GNOME Keyring, so they never touch the user's own.
 * Without Chromium or a Secret Service those suites skip with a message; under CI=true that is a failure.
 */
const CI = process.env.CI === 'true' || process.env.CI === '1';
const CHROMIUM = process.env.CAREBINDER_CHROMIUM ?? '/usr/bin/chromium';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd: ROOT });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Re-runs this script inside `dbus-run-session` with its own keyring folder. */
async function reexecInPrivateSession(): Promise<number> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-keyring-'));
  try {
    return await run('dbus-run-session', ['--', process.execPath, ...process.argv.slice(1)], {
      ...process.env,
      CAREBINDER_TEST_SESSION: '1',
      XDG_DATA_HOME: data,
    });
  } finally {
    fs.rmSync(data, { recursive: true, force: true });
  }
}

/** Starts gnome-keyring's secrets component, unlocked with a throw-away password. */
function startKeyring(): boolean {
  const result = spawnSync('gnome-keyring-daemon', ['--unlock', '--components=secrets'], {
    input: 'carebinder-test-keyring\n',
    encoding: 'utf8',
  });
  return result.status === 0;
}

async function main(): Promise<number> {
  const missing: string[] = [];
  if (!process.env.CAREBINDER_TEST_SESSION) {
    if (has('dbus-run-session') && has('gnome-keyring-daemon')) return reexecInPrivateSession();
    missing.push('a Secret Service for the keychain tests (install dbus and gnome-keyring)');
  } else if (startKeyring()) {
    process.env.CAREBINDER_KEYRING = '1';
  } else {
    missing.push('a working GNOME Keyring (gnome-keyring-daemon failed to start)');
  }
  const haveChromium = fs.existsSync(CHROMIUM);
  if (!haveChromium)
    missing.push(`Chromium at ${CHROMIUM} for the end-to-end tests (install the chromium package)`);

  for (const item of missing) console.log(`Skipping the tests that need ${item}.`);
  // The Electron binary cannot be downloaded everywhere (CI included); its tests skip, and say so.
  if (!findElectronBinary(ROOT)) {
    console.log(
      'Skipping the Electron end-to-end tests: the Electron binary is not installed (node_modules/electron/dist).',
    );
  }
  if (CI && missing.length > 0) {
    console.error('CI=true: every prerequisite must be present, so this run fails.');
    return 1;
  }

  const unit = await run(process.execPath, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run']);
  let e2e = 0;
  if (haveChromium) {
    await buildRenderer();
    if (findElectronBinary(ROOT)) await buildElectron();
    e2e = await run(process.execPath, [
      path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'),
      'test',
    ]);
  }
  return unit || e2e;
}

process.exitCode = await main();
