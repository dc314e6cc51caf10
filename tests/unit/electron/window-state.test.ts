import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToScreens,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../../main/electron/window-state.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state file', () => {
  it('round-trips through a JSON file in a new folder', () => {
    const file = path.join(tempDir('cb-winstate-'), 'nested', WINDOW_STATE_FILE);
    saveWindowState(file, { width: 1000, height: 700, x: 40, y: 30, maximized: true });
    expect(loadWindowState(file)).toEqual({ width: 1000, height: 700, x: 40, y: 30, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual([WINDOW_STATE_FILE]);
  });

  it('falls back to the default for a missing, damaged or odd file', () => {
    const dir = tempDir('cb-winstate-');
    expect(loadWindowState(path.join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const file = path.join(dir, WINDOW_STATE_FILE);
    for (const content of [
      '{not json',
      '[]',
      'null',
      '{"width":"big","height":700}',
      '{"width":10,"height":10}',
    ]) {
      fs.writeFileSync(file, content);
      expect(loadWindowState(file), content).toEqual(DEFAULT_WINDOW_STATE);
    }
    fs.writeFileSync(file, '{"width":900,"height":700,"x":1.5,"y":"top"}');
    expect(loadWindowState(file)).toEqual({ width: 900, height: 700, maximized: false });
  });
});

describe('fitToScreens', () => {
  it('keeps a position that is on a screen', () => {
    expect(fitToScreens({ width: 1000, height: 700, x: 100, y: 50, maximized: false }, [screen])).toEqual({
      width: 1000,
      height: 700,
      x: 100,
      y: 50,
      maximized: false,
    });
  });

  it('drops a position on a monitor that is gone, and shrinks to the largest screen', () => {
    const fitted = fitToScreens({ width: 3000, height: 2000, x: 2500, y: 100, maximized: false }, [screen]);
    expect(fitted).toEqual({ width: 1920, height: 1080, maximized: false });
  });

  it('keeps the position on a second screen left of the first', () => {
    const left = { x: -1280, y: 0, width: 1280, height: 1024 };
    const fitted = fitToScreens({ width: 1000, height: 700, x: -1200, y: 10, maximized: false }, [
      screen,
      left,
    ]);
    expect(fitted).toMatchObject({ x: -1200, y: 10 });
  });
});
