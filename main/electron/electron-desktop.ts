import type { Shell } from 'electron';
import type { DesktopShell } from '../core/export/desktop-shell.ts';
import { AppError } from '../core/errors.ts';

/**
 * The desktop door's hand-off to the operating system after an export: Electron's shell shows the file
 * selected in its folder, and opens mail drafts in the person's mail app. Only mailto: links ever reach
 * openExternal (it would open any URL in any registered app); the page itself cannot navigate anywhere.
 */
export function electronDesktop(shell: Pick<Shell, 'showItemInFolder' | 'openExternal'>): DesktopShell {
  return {
    showInFolder: (target) => {
      shell.showItemInFolder(target);
      return Promise.resolve();
    },
    openMailDraft: async (mailto) => {
      if (!/^mailto:/i.test(mailto))
        throw new AppError('INVALID_INPUT', 'CareBinder only opens email drafts this way.');
      await shell.openExternal(mailto);
    },
  };
}
