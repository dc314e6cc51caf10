import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS, type CareBinderApi } from '../../../shared/api/contract.ts';
import type { AppEvent } from '../../../shared/api/events.ts';
import { buildElectronBundles } from '../../../main/scripts/build-electron.ts';
import { createCareBinderApi, type IpcRendererLike } from '../../../preload/carebinder-api.ts';
import { IPC_CHANNELS } from '../../../preload/ipc-channels.ts';
import { runBundle } from './electron-stand-in.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

// Every member of the contract's CareBinderApi and nothing more: tsc refuses this object when the contract
// gains or loses a member, so the bundle check below follows the contract rather than a copied list.
const CONTRACT_MEMBERS = Object.keys({
  call: true,
  onEvent: true,
  pathForFile: true,
} satisfies Record<keyof CareBinderApi, true>).sort();

/** A recording ipcRenderer: what the preload would send, and a way to deliver a message from main. */
function recordingIpc() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: IpcRendererLike = {
    invoke: async (...args) => {
      invoked.push(args);
      return { ok: true, value: 'answer' };
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const deliver = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the raw ipcRenderer' }, payload);
  };
  return { ipc, invoked, listeners, deliver };
}

describe('createCareBinderApi', () => {
  it('sends every call on the one call channel and returns the envelope', async () => {
    const { ipc, invoked } = recordingIpc();
    const api = createCareBinderApi(ipc, () => '/chosen/file.pdf');
    await expect(api.call(CALLS.peopleList, { includeArchived: true })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(invoked).toEqual([[IPC_CHANNELS.call, 'people:list', { includeArchived: true }]]);
  });

  it('hands listeners the event only (never the IPC event) and unsubscribes', () => {
    const { ipc, deliver, listeners } = recordingIpc();
    const api = createCareBinderApi(ipc, () => '/chosen/file.pdf');
    const seen: unknown[][] = [];
    const stop = api.onEvent((...args) => seen.push(args));
    const locked: AppEvent = { type: 'vault:locked', reason: 'idle' };
    deliver(IPC_CHANNELS.event, locked);
    expect(seen).toEqual([[locked]]);
    stop();
    deliver(IPC_CHANNELS.event, locked);
    expect(seen).toHaveLength(1);
    expect(listeners.get(IPC_CHANNELS.event)?.size).toBe(0);
  });
});

describe('preload bundle (dist/electron/preload.cjs)', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-preload-build-'));
    await buildElectronBundles(path.join(outDir, 'electron'));
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('exposes exactly one object, window.carebinder, with the contract members only', async () => {
    const { ipc, invoked } = recordingIpc();
    const exposed: [string, unknown][] = [];
    const touched = new Set<string>();
    // Stand-in for the `electron` module a sandboxed preload gets (the binary is not installed here);
    // the Proxy records every property the preload reads from it.
    const electron = new Proxy(
      {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
        ipcRenderer: ipc,
        webUtils: { getPathForFile: () => '/dropped/scan.jpg' },
      },
      {
        get(target, property: string) {
          touched.add(property);
          return target[property as keyof typeof target];
        },
      },
    );
    const required = runBundle(path.join(outDir, 'electron', 'preload.cjs'), electron, repoRoot);

    expect(required).toEqual(['electron']);
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0] ?? [];
    expect(key).toBe('carebinder');
    expect(Object.keys(api as object).sort()).toEqual(CONTRACT_MEMBERS);
    // Functions only: no object (such as ipcRenderer) crosses the bridge by reference.
    for (const member of Object.values(api as object)) expect(typeof member).toBe('function');
    expect((api as ReturnType<typeof createCareBinderApi>).pathForFile({} as File)).toBe('/dropped/scan.jpg');
    // webUtils is reached only when a file is handed over, never at load.
    expect([...touched].sort()).toEqual(['contextBridge', 'ipcRenderer', 'webUtils']);
    expect(api).not.toHaveProperty('invoke');

    await (api as ReturnType<typeof createCareBinderApi>).call(CALLS.appInfo, {});
    expect(invoked).toEqual([[IPC_CHANNELS.call, 'app:info', {}]]);
  });
});
