import { isAppUrl } from './app-assets.ts';

/**
 * Which URLs the renderer may load or navigate to. CareBinder works offline: the page reaches only its own
 * app:// files and in-memory blob:/data: URLs; http(s), ws(s), file and everything else are cancelled.
 * Pure (no Electron) so the rules are tested under plain Node.
 */
export function isAllowedRequest(url: string, options: { isDev: boolean }): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  // blob: URLs carry their creator's origin: blob:app://carebinder/<uuid>.
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  // Developer tools load their own front end from devtools://, only in development builds.
  return options.isDev && url.startsWith('devtools://');
}

/** Navigation (links, redirects, location changes) may only stay on our own app:// origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}
