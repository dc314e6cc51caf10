import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVaultArg, shellDataDir } from '../../../main/electron/launch-options.ts';
import { defaultVaultDir } from '../../../main/core/vault/vault-paths.ts';

describe('parseVaultArg', () => {
  it('reads --vault DIR and --vault=DIR among Electron arguments', () => {
    expect(parseVaultArg(['/usr/bin/electron', 'dist/electron/main.cjs', '--vault', '/tmp/v'])).toBe(
      '/tmp/v',
    );
    expect(parseVaultArg(['CareBinder', '--no-sandbox-x', '--vault=/tmp/w'])).toBe('/tmp/w');
  });

  it('gives null without a usable value', () => {
    expect(parseVaultArg(['electron', 'main.cjs'])).toBeNull();
    expect(parseVaultArg(['electron', '--vault'])).toBeNull();
    expect(parseVaultArg(['electron', '--vault', '--inspect'])).toBeNull();
    expect(parseVaultArg(['electron', '--vault='])).toBeNull();
  });
});

describe('shellDataDir', () => {
  it('never shares the default vault folder, even on case-insensitive file systems', () => {
    const cases = [
      {
        platform: 'darwin' as const,
        appData: path.join(os.homedir(), 'Library', 'Application Support'),
        env: {},
      },
      {
        platform: 'win32' as const,
        appData: 'C:\\Users\\a\\AppData\\Roaming',
        env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
      },
    ];
    for (const { platform, appData, env } of cases) {
      const shell = shellDataDir(appData).toLowerCase();
      const vault = defaultVaultDir(env, platform).toLowerCase();
      // Same parent folder as the vault (Electron's appData), different name.
      expect(path.dirname(shell)).toBe(path.dirname(vault));
      expect(shell).not.toBe(vault);
      expect(shell.startsWith(vault + path.sep)).toBe(false);
    }
  });
});
