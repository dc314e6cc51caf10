import type { MenuItemConstructorOptions } from 'electron';

/** What the menu needs from the app; the composition root passes the real actions. */
export interface MenuActions {
  /** Locks the vault now (File → Lock Vault). */
  lockVault(): void;
  /** Shows the About box (Help → About CareBinder on Windows and Linux). */
  showAbout(): void;
}

/**
 * The native menu: File, Edit, View, Help (plus the application menu macOS expects). Edit and zoom use
 * Electron roles so copy/paste and accessibility shortcuts behave natively; reload and developer tools
 * exist only in development, so a stray Ctrl+R cannot reload the app mid-task in a release build.
 * Nothing here opens a web page: CareBinder makes no network requests.
 */
export function buildMenuTemplate(options: {
  appName: string;
  platform: NodeJS.Platform;
  isDev: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { appName, platform, isDev, actions } = options;
  const isMac = platform === 'darwin';
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const title = (label: string) => (isMac ? label : `&${label}`);
  const lock: MenuItemConstructorOptions = {
    label: 'Lock Vault',
    accelerator: 'CmdOrCtrl+L',
    click: () => actions.lockVault(),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: title('File'),
      submenu: isMac
        ? [lock, { type: 'separator' }, { role: 'close' }]
        : [lock, { type: 'separator' }, { role: 'quit' }],
    },
    {
      label: title('Edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: title('View'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
      ],
    },
    {
      label: title('Help'),
      role: 'help',
      submenu: isMac
        ? [{ role: 'about' }]
        : [{ label: `About ${appName}`, click: () => actions.showAbout() }],
    },
  );
  return template;
}
