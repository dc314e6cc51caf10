import path from 'node:path';

/**
 * The vault folder given on the command line as `--vault DIR` or `--vault=DIR`, or null. Electron puts its
 * own switches and (unpackaged) the script path in argv too; only our flag is read.
 */
export function parseVaultArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--vault') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : null;
    }
    if (arg?.startsWith('--vault=')) return arg.slice('--vault='.length) || null;
  }
  return null;
}

/**
 * Where Electron keeps its own data (window state, Chromium's profile). Not Electron's default: on macOS
 * and Windows that would be `<appData>/CareBinder`, the very folder that holds the default vault.
 */
export function shellDataDir(appDataDir: string): string {
  return path.join(appDataDir, 'CareBinder App');
}
