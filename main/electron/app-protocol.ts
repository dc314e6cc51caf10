import { protocol } from 'electron';
import { APP_SCHEME, createAssetHandler } from './app-assets.ts';

/**
 * Registers app:// as a standard, secure scheme: pages on it get a real origin (so 'self' in the CSP
 * means our files) and count as a secure context, which file:// pages never should. Must run before the
 * app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer folder on app://carebinder/ (after the app is ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAssetHandler(rendererDir));
}
