import type { Result } from '../../shared/errors.ts';
import type { Dispatch } from '../api/router.ts';
import { log } from '../core/log/logger.ts';
import { isAppUrl } from './app-assets.ts';

/** What main knows about who sent an IPC message (from `event.senderFrame` and `event.sender`). */
export interface IpcSender {
  /** URL of the sending frame. */
  frameUrl: string;
  /** True for the top-level frame of its page (iframes are never trusted). */
  isMainFrame: boolean;
  /** `webContents.id` of the sender. */
  webContentsId: number;
}

/**
 * Decides whether an IPC message may reach the router: only the main frame of the one window we created,
 * showing our own app:// page. A missing frame (navigated away or destroyed), any other origin (file://,
 * http(s)://, devtools://) or any other webContents is refused.
 */
export function isTrustedSender(sender: IpcSender | null, trustedWebContentsId: number | null): boolean {
  if (!sender || trustedWebContentsId === null) return false;
  return sender.webContentsId === trustedWebContentsId && sender.isMainFrame && isAppUrl(sender.frameUrl);
}

/** The answer an untrusted sender gets; it reveals nothing and no core code runs. */
export const REFUSED: Result<never> = {
  ok: false,
  error: {
    code: 'INVALID_INPUT',
    message: 'CareBinder refused a request that did not come from its own window.',
  },
};

/**
 * Checks the sender, then hands the call to the router. Everything that arrives over IPC goes through
 * here, so the sender check cannot be forgotten for one call.
 */
export async function guardedDispatch(
  dispatch: Dispatch,
  sender: IpcSender | null,
  trustedWebContentsId: number | null,
  name: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(sender, trustedWebContentsId)) {
    log.warn('ipc.refused', { hasFrame: sender !== null, mainFrame: sender?.isMainFrame ?? false });
    return REFUSED;
  }
  return dispatch(typeof name === 'string' ? name : '', input);
}
