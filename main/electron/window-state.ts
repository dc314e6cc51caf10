import fs from 'node:fs';
import path from 'node:path';
import { MIN_WINDOW_SIZE, type WindowBounds } from './window-options.ts';

/** What is remembered about the window between launches (no patient data: only geometry). */
export interface WindowState extends WindowBounds {
  maximized: boolean;
}

/** A rectangle on screen (a display's work area). */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 820, maximized: false };

const MAX_SIZE = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_SIZE;
}

function isSize(value: unknown, min: number): value is number {
  return isCoordinate(value) && value >= min;
}

/** Reads the saved state; a missing, unreadable or odd file gives the default (it is only a convenience). */
export function loadWindowState(file: string): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  if (!isSize(r.width, MIN_WINDOW_SIZE.width) || !isSize(r.height, MIN_WINDOW_SIZE.height)) {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const state: WindowState = { width: r.width, height: r.height, maximized: r.maximized === true };
  if (isCoordinate(r.x) && isCoordinate(r.y)) {
    state.x = r.x;
    state.y = r.y;
  }
  return state;
}

/** Writes the state atomically (temp file then rename), so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state) + '\n');
  fs.renameSync(temp, file);
}

/**
 * Keeps the saved position only when the window's title bar would be on a screen that exists now (a
 * monitor may have been unplugged); otherwise the position is dropped and the window is centred. The size
 * is shrunk to fit the largest screen.
 */
export function fitToScreens(state: WindowState, workAreas: readonly ScreenRect[]): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, largest.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, largest.height));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const titleBar: ScreenRect = { x: state.x, y: state.y, width, height: 40 };
  if (workAreas.some((area) => overlap(titleBar, area) >= 100 * 20)) {
    fitted.x = state.x;
    fitted.y = state.y;
  }
  return fitted;
}

function overlap(a: ScreenRect, b: ScreenRect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
