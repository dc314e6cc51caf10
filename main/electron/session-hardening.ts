import type { Session, WebContents } from 'electron';
import { log } from '../core/log/logger.ts';
import { isAllowedNavigation, isAllowedRequest } from './request-policy.ts';

// Never contacted: the spell checker is off, and should anything re-enable it, dictionary downloads go
// to the discard port on this computer instead of Google's servers.
const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

/**
 * Closes everything the session could reach beyond our own files: permission prompts (camera, location,
 * notifications…) are denied, network requests other than app:/blob:/data: are cancelled, downloads are
 * blocked and the spell checker makes no downloads.
 */
export function hardenSession(session: Session, options: { isDev: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) log.warn('electron.request_blocked', { scheme: schemeOf(details.url) });
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => {
    event.preventDefault();
    log.warn('electron.download_blocked');
  });
}

/**
 * Applied to every webContents Electron creates (app 'web-contents-created'): no navigation away from
 * app://, no new windows, no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    log.warn('electron.navigation_blocked', { scheme: schemeOf(url) });
  };
  contents.on('will-navigate', (event, url) => refuseNavigation(event, url));
  contents.on('will-redirect', (event, url) => refuseNavigation(event, url));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('electron.window_open_blocked', { scheme: schemeOf(url) });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('electron.webview_blocked');
  });
}

/** Only the scheme is logged: a full URL could carry data. */
function schemeOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? 'unknown';
}
