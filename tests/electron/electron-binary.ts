export { findElectronBinary } from '../../main/scripts/electron-binary.ts';

/** Printed by every Electron end-to-end test where the binary could not be installed. */
export const ELECTRON_MISSING =
  'Electron binary not installed (node_modules/electron/dist missing); skipping Electron end-to-end tests';
