import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the renderer with Vite unless dist/renderer is newer than every source it is made from. */
export async function buildRenderer(force = false): Promise<void> {
  const output = path.join(ROOT, 'dist', 'renderer', 'index.html');
  const sources = Math.max(newestMtime(path.join(ROOT, 'renderer')), newestMtime(path.join(ROOT, 'shared')));
  if (!force && fs.existsSync(output) && fs.statSync(output).mtimeMs > sources) return;
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

/** Bundles the Electron main process and preload (only needed for the desktop door and packaging). */
export async function buildElectron(): Promise<void> {
  const { buildElectronBundles } = await import('./build-electron.ts');
  await buildElectronBundles();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  await buildRenderer(true);
  if (only !== 'renderer') await buildElectron();
}
