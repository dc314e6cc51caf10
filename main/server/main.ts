import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AppContext } from '../api/app-context.ts';
import { handlers } from '../api/handlers/index.ts';
import { createRouter } from '../api/router.ts';
import { KeytarKeychain } from '../core/keychain/keytar-keychain.ts';
import { resolveVaultDir } from '../core/vault/vault-paths.ts';
import { startBrowserServer } from './browser-server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Opens the system browser when the machine has one; otherwise the URL printed below is enough. */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser launcher on this machine
  }
}

/** Composition root of the browser door: context, router, loopback server. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      vault: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      browser: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const ctx = new AppContext({
    vaultDir: resolveVaultDir(values.vault),
    keychain: new KeytarKeychain(),
    door: 'browser',
  });
  const dispatch = createRouter(ctx, handlers);
  const server = await startBrowserServer({
    ctx,
    dispatch,
    rendererDir: path.join(ROOT, 'dist', 'renderer'),
    port: values.port ? Number(values.port) : undefined,
  });
  process.stdout.write(
    `CareBinder is running at ${server.url}\n(Keep this window open; press Ctrl+C to lock and quit.)\n`,
  );
  if (!values['no-open'] && !process.env.CAREBINDER_NO_OPEN && !process.env.CI) openInBrowser(server.url);

  const stop = () => {
    ctx.lock('user');
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
