import type { BrowserWindowConstructorOptions } from 'electron';

/** The window title; the page cannot change it (patient names must not reach the task bar). */
export const WINDOW_TITLE = 'CareBinder';

/** The renderer's page background (--bg in renderer/src/styles/tokens.css), so the window does not flash. */
export const WINDOW_BACKGROUND = { light: '#f5f3ee', dark: '#101618' } as const;

export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const;

/** Size and, when known, position of the window. */
export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

/**
 * The BrowserWindow options: Electron's recommended hardening, all spelled out rather than trusted to
 * defaults (which have changed between versions). Developer tools exist only in development.
 */
export function createWindowOptions(options: {
  preloadPath: string;
  isDev: boolean;
  darkMode: boolean;
  bounds: WindowBounds;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    backgroundColor: options.darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    // Shown on 'ready-to-show', so the first thing on screen is the painted page.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Spell checking would download dictionaries and send typed words to the OS spell service.
      spellcheck: false,
      // Dropping a file on the window must never navigate it to file://.
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.isDev,
    },
  };
}
