import { createContext, useContext } from 'react';
import type { CareBinderApi } from '../../../shared/api/contract.ts';
import { createHttpClient } from './http-client.ts';
import { takeSessionToken } from './session-token.ts';

/**
 * Picks the door: the Electron preload's `window.carebinder` when present, otherwise the browser door's
 * HTTP client. Null when neither is available (the page was opened without its link).
 */
export function connectApi(): CareBinderApi | null {
  if (window.carebinder) return window.carebinder;
  const token = takeSessionToken();
  return token ? createHttpClient(token) : null;
}

export const ApiContext = createContext<CareBinderApi | null>(null);

/** The API for components below the provider. */
export function useApi(): CareBinderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() used outside <ApiContext.Provider>');
  return api;
}
