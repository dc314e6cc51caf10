import type { CareBinderApi } from '../../../shared/api/contract.ts';

declare global {
  interface Window {
    /**
     * Set by the Electron preload (preload/preload.ts, whose object `satisfies CareBinderApi`); absent in
     * the browser door, where the HTTP client implements the same CareBinderApi. `pathForFile` (Electron's
     * webUtils.getPathForFile) lets chosen and dropped files be imported by path.
     */
    carebinder?: CareBinderApi & { pathForFile?: (file: File) => string };
  }
}

export {};
