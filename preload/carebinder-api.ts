import type { CallInput, CallName, CallOutput, CareBinderApi } from '../shared/api/contract.ts';
import type { AppEvent } from '../shared/api/events.ts';
import type { Result } from '../shared/errors.ts';
import { IPC_CHANNELS } from './ipc-channels.ts';

/** The part of Electron's ipcRenderer the API needs; the preload passes the real one. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the object exposed as `window.carebinder`. It holds closures over `ipc` and hands the page only
 * plain data: the IPC event object (which carries the raw `ipcRenderer` as `sender`) never reaches a
 * listener. `pathForFile` (Electron's webUtils.getPathForFile) turns a chosen or dropped file into its
 * path, so the desktop app imports files by path; it reveals nothing the person did not just choose.
 */
export function createCareBinderApi(ipc: IpcRendererLike, pathForFile: (file: File) => string) {
  return {
    pathForFile: (file: File): string => pathForFile(file),
    call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
      return ipc.invoke(IPC_CHANNELS.call, name, input) as Promise<Result<CallOutput<K>>>;
    },
    onEvent(listener: (event: AppEvent) => void): () => void {
      const forward = (_event: unknown, payload: unknown) => listener(payload as AppEvent);
      ipc.on(IPC_CHANNELS.event, forward);
      return () => {
        ipc.removeListener(IPC_CHANNELS.event, forward);
      };
    },
  } satisfies CareBinderApi;
}

/** The type of `window.carebinder` in the Electron door (the same surface as CareBinderApi). */
export type CareBinderGlobal = ReturnType<typeof createCareBinderApi>;
