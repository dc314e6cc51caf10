import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../errors.ts';

/**
 * What a door can do on the person's desktop after an export. The Electron door uses Electron's shell;
 * the browser door's server runs on the same computer and starts the system file manager itself.
 */
export interface DesktopShell {
  /** Shows the file (or packet folder) in the system file manager. */
  showInFolder(target: string): Promise<void>;
  /**
   * Opens a mailto: draft in the person's mail app, or null where the page opens the link itself (in the
   * browser door the browser knows which mail app or web mail the person uses).
   */
  openMailDraft: ((mailto: string) => Promise<void>) | null;
}

/**
 * The command that shows `target` in the file manager: Finder and Explorer select it in its folder; on
 * Linux the containing folder opens. `override` (CAREBINDER_REVEAL_COMMAND) replaces the program and
 * receives the containing folder: it stands in for the desktop where there is none (end-to-end tests).
 */
export function revealCommand(
  target: string,
  platform: NodeJS.Platform,
  override?: string,
): { command: string; args: string[] } {
  if (override) return { command: override, args: [path.dirname(target)] };
  if (platform === 'darwin') return { command: 'open', args: ['-R', target] };
  if (platform === 'win32') return { command: 'explorer', args: ['/select,', target] };
  return { command: 'xdg-open', args: [path.dirname(target)] };
}

/**
 * The browser door's desktop: starts the file manager as a detached process with an argument list (no
 * shell, so nothing in a path is ever interpreted), and leaves mail drafts to the page.
 */
export function spawnDesktopShell(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): DesktopShell {
  const override = env.CAREBINDER_REVEAL_COMMAND || undefined;
  return {
    showInFolder: (target) => {
      const { command, args } = revealCommand(target, platform, override);
      return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: 'ignore', detached: true, shell: false });
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
        child.once('error', () =>
          reject(
            new AppError(
              'NOT_FOUND',
              'CareBinder could not open a file manager on this computer. Open the folder shown on the screen yourself.',
            ),
          ),
        );
      });
    },
    openMailDraft: null,
  };
}
