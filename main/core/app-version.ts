import pkg from '../../package.json' with { type: 'json' };

/** The app's version, from package.json (one source of truth for the UI, the CLI and exports). */
export const APP_VERSION: string = pkg.version;
