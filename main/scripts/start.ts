import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildElectron, buildRenderer, ROOT } from './build.ts';
import { findElectronBinary } from './electron-binary.ts';

/**
 * `npm start`: the desktop app when the Electron binary is installed, otherwise (or with --browser) the
 * same app in the system browser through the loopback door.
 */
const args = process.argv.slice(2);
const electron = args.includes('--browser') ? null : findElectronBinary(ROOT);

await buildRenderer();
let child;
if (electron) {
  await buildElectron();
  child = spawn(electron, [path.join(ROOT, 'dist', 'electron', 'main.cjs'), ...args], { stdio: 'inherit' });
} else {
  if (!args.includes('--browser')) {
    console.log(
      'The Electron desktop shell is not installed on this machine, so CareBinder opens in your web browser instead.',
    );
  }
  child = spawn(process.execPath, [path.join(ROOT, 'main', 'server', 'main.ts'), ...args], {
    stdio: 'inherit',
  });
}
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
