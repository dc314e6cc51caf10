/**
 * The Electron door's composition root (DESIGN.md §3, §8.1): hardens the runtime, builds the app context
 * and the router, registers the IPC channel once, forwards events, then opens the window. Everything with
 * logic lives in small modules beside this one; this file only wires Electron to them.
 *
 * It runs only as the bundle dist/electron/main.cjs (main/scripts/build-electron.ts), hence `__dirname`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, Menu, powerMonitor, session, shell, type BrowserWindow } from 'electron';
import { AppContext } from '../api/app-context.ts';
import { handlers } from '../api/handlers/index.ts';
import { createRouter } from '../api/router.ts';
import { APP_VERSION } from '../core/app-version.ts';
import { KeytarKeychain } from '../core/keychain/keytar-keychain.ts';
import { log } from '../core/log/logger.ts';
import { resolveVaultDir } from '../core/vault/vault-paths.ts';
import { buildMenuTemplate } from './app-menu.ts';
import { electronDesktop } from './electron-desktop.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { forwardEvents, registerCallChannel } from './ipc-bridge.ts';
import { parseVaultArg, shellDataDir } from './launch-options.ts';
import { createMainWindow } from './main-window.ts';
import { hardenSession, hardenWebContents } from './session-hardening.ts';
import { WINDOW_TITLE } from './window-options.ts';
import { WINDOW_STATE_FILE } from './window-state.ts';

const isDev = !app.isPackaged;
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'renderer');

// Before 'ready': these cannot be changed afterwards.
app.setName(WINDOW_TITLE);
app.setPath('userData', shellDataDir(app.getPath('appData')));
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another CareBinder already has the vault open; it brings its window forward ('second-instance').
  app.quit();
} else {
  start();
}

function start(): void {
  const ctx = new AppContext({
    vaultDir: resolveVaultDir(parseVaultArg(process.argv)),
    keychain: new KeytarKeychain(),
    door: 'electron',
    desktop: electronDesktop(shell),
  });
  const dispatch = createRouter(ctx, handlers);
  let mainWindow: BrowserWindow | null = null;
  const trustedContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);

  registerCallChannel(ipcMain, dispatch, trustedContents);
  forwardEvents(ctx, trustedContents);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Closing the window ends the app on every platform: nothing stays unlocked in the background.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => ctx.lock('user'));

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { isDev });
      if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
        log.error('electron.renderer_missing', { hint: 'run "npm run build" to build dist/renderer' });
      }
      serveRenderer(rendererDir, ctx);
      powerMonitor.on('suspend', () => ctx.lock('system'));
      powerMonitor.on('lock-screen', () => ctx.lock('system'));

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            appName: WINDOW_TITLE,
            platform: process.platform,
            isDev,
            actions: {
              lockVault: () => ctx.lock('user'),
              showAbout: () => {
                const options = {
                  type: 'info' as const,
                  title: `About ${WINDOW_TITLE}`,
                  message: `${WINDOW_TITLE} ${APP_VERSION}`,
                  detail: 'An encrypted, offline binder of medical records. Nothing leaves this computer.',
                };
                void (mainWindow
                  ? dialog.showMessageBox(mainWindow, options)
                  : dialog.showMessageBox(options));
              },
            },
          }),
        ),
      );

      mainWindow = createMainWindow({
        preloadPath,
        isDev,
        stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
      });
      mainWindow.webContents.on('render-process-gone', (_event, details) => {
        // The page's memory is gone but the vault would still be open: lock it before the page comes back.
        log.error('electron.renderer_gone', { reason: details.reason });
        ctx.lock('system');
      });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      log.error('electron.start_failed', { error: error instanceof Error ? error.name : 'unknown' });
      app.exit(1);
    });
}
