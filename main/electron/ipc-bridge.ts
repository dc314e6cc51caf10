import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CHANNELS } from '../../preload/ipc-channels.ts';
import type { AppContext } from '../api/app-context.ts';
import type { Dispatch } from '../api/router.ts';
import { guardedDispatch, type IpcSender } from './ipc-security.ts';

/** Reads who sent an invoke; null when the frame is gone (navigated away or destroyed). */
function senderOf(event: IpcMainInvokeEvent): IpcSender | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  return { frameUrl: frame.url, isMainFrame: frame.parent === null, webContentsId: event.sender.id };
}

/**
 * Registers the single call channel once. `trustedContents` returns the window's webContents (null while
 * there is none), so a message from any other webContents or frame is refused before the router sees it.
 */
export function registerCallChannel(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  trustedContents: () => WebContents | null,
): void {
  ipcMain.handle(IPC_CHANNELS.call, (event, name: unknown, input: unknown) =>
    guardedDispatch(dispatch, senderOf(event), trustedContents()?.id ?? null, name, input),
  );
}

/** Forwards core events (vault locked, job progress) to our window only. */
export function forwardEvents(ctx: AppContext, trustedContents: () => WebContents | null): void {
  ctx.events.on('event', (event) => {
    const contents = trustedContents();
    if (contents && !contents.isDestroyed()) contents.send(IPC_CHANNELS.event, event);
  });
}
