import { describe, expect, it } from 'vitest';
import {
  createWindowOptions,
  WINDOW_BACKGROUND,
  WINDOW_TITLE,
} from '../../../main/electron/window-options.ts';

const bounds = { width: 1200, height: 800 };

describe('createWindowOptions', () => {
  it('turns on every renderer isolation Electron offers', () => {
    const prefs = createWindowOptions({
      preloadPath: '/app/preload.cjs',
      isDev: false,
      darkMode: false,
      bounds,
    }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it('keeps every isolation in development builds too', () => {
    const release = createWindowOptions({
      preloadPath: 'p',
      isDev: false,
      darkMode: false,
      bounds,
    }).webPreferences;
    const dev = createWindowOptions({ preloadPath: 'p', isDev: true, darkMode: true, bounds }).webPreferences;
    expect({ ...dev, devTools: false }).toEqual(release);
  });

  it('allows developer tools only in development', () => {
    expect(
      createWindowOptions({ preloadPath: 'p', isDev: false, darkMode: false, bounds }).webPreferences
        ?.devTools,
    ).toBe(false);
    expect(
      createWindowOptions({ preloadPath: 'p', isDev: true, darkMode: false, bounds }).webPreferences
        ?.devTools,
    ).toBe(true);
  });

  it('uses a fixed title, the app background, and waits to be shown', () => {
    const options = createWindowOptions({
      preloadPath: 'p',
      isDev: false,
      darkMode: false,
      bounds: { ...bounds, x: 10, y: 20 },
    });
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('CareBinder');
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    const dark = createWindowOptions({ preloadPath: 'p', isDev: false, darkMode: true, bounds });
    expect(dark.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ width: 1200, height: 800, x: 10, y: 20 });
  });
});
