import { protocol } from 'electron';
import type { AppContext } from '../api/app-context.ts';
import { APP_SCHEME } from './app-assets.ts';
import { createAppHandler } from './media-protocol.ts';

/**
 * Registers app:// as a standard, secure scheme: pages on it get a real origin (so 'self' in the CSP
 * means our files) and count as a secure context, which file:// pages never should. `stream` lets <audio>
 * play (and seek in) recordings served from it. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
    },
  ]);
}

/** Serves the built renderer folder and the recordings' media links on app://carebinder/ (after ready). */
export function serveRenderer(rendererDir: string, ctx: AppContext): void {
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir, ctx));
}
