const STORAGE_KEY = 'carebinder.token';

/**
 * The browser door opens the page at `/#token=…`. The token is moved into sessionStorage (so a reload
 * keeps working, and it is gone when the tab closes) and removed from the address bar, so it does not
 * linger in history or get copied along with the address.
 */
export function takeSessionToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
