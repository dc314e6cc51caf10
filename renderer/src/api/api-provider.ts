import { createContext, useContext } from 'react';
import type { CareBinderApi } from '../../../shared/api/contract.ts';
import { pathIntake, uploadIntake, type FileIntake } from './file-intake.ts';
import { createHttpClient } from './http-client.ts';
import { takeSessionToken } from './session-token.ts';

/** The API and the way files get into the vault, for the door the page runs in. */
export interface Connection {
  api: CareBinderApi;
  /**
   * The file intake over a given API (App passes its lock-aware wrapper, so a lock during an import is
   * noticed). Null when this door has no way to take files (an Electron preload without `pathForFile`).
   */
  intakeFor: (api: CareBinderApi) => FileIntake | null;
}

/**
 * Picks the door: the Electron preload's `window.carebinder` when present, otherwise the browser door's
 * HTTP client. Null when neither is available (the page was opened without its link).
 */
export function connectApi(): Connection | null {
  const electron = window.carebinder;
  if (electron) {
    const { pathForFile } = electron;
    return { api: electron, intakeFor: (api) => (pathForFile ? pathIntake(api, pathForFile) : null) };
  }
  const token = takeSessionToken();
  if (!token) return null;
  const client = createHttpClient(token);
  return { api: client, intakeFor: (api) => uploadIntake(api, client.upload) };
}

export const ApiContext = createContext<CareBinderApi | null>(null);
export const IntakeContext = createContext<FileIntake | null>(null);

/** The API for components below the provider. */
export function useApi(): CareBinderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() used outside <ApiContext.Provider>');
  return api;
}

/** How files reach the vault here; null when this door cannot take files. */
export function useFileIntake(): FileIntake | null {
  return useContext(IntakeContext);
}
