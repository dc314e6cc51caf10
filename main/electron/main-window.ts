import { BrowserWindow, nativeTheme, screen } from 'electron';
import { log } from '../core/log/logger.ts';
import { APP_ENTRY_URL } from './app-assets.ts';
import { createWindowOptions } from './window-options.ts';
import { fitToScreens, loadWindowState, saveWindowState, type WindowState } from './window-state.ts';

/**
 * Opens the one CareBinder window on app://carebinder/, at the size and place it had last time. The page
 * title never reaches the OS (task bar, window switcher), since the page may one day show a name in it.
 */
export function createMainWindow(options: {
  preloadPath: string;
  isDev: boolean;
  stateFile: string;
}): BrowserWindow {
  const saved = loadWindowState(options.stateFile);
  const state = fitToScreens(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const { maximized, ...bounds } = state;
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: options.preloadPath,
      isDev: options.isDev,
      darkMode: nativeTheme.shouldUseDarkColors,
      bounds,
    }),
  );

  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const current: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      saveWindowState(options.stateFile, current);
    } catch (error) {
      log.warn('electron.window_state_not_saved', { error: error instanceof Error ? error.name : 'unknown' });
    }
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}
