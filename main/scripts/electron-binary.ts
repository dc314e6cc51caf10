import fs from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable if it was downloaded at install time, else null. Reads the electron package's
 * path.txt directly: requiring the package from plain Node would try to download the binary.
 */
export function findElectronBinary(root: string): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  try {
    const relative = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
    const binary = path.join(pkg, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
