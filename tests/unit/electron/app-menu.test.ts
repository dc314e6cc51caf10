import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../main/electron/app-menu.ts';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function make(platform: NodeJS.Platform, isDev: boolean) {
  const calls: string[] = [];
  const template = buildMenuTemplate({
    appName: 'CareBinder',
    platform,
    isDev,
    actions: { lockVault: () => calls.push('lock'), showAbout: () => calls.push('about') },
  });
  return { template, calls, items: flatten(template) };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(make(platform, false).template.map((m) => m.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Help',
      ]);
    }
  });

  it('puts the application menu first on macOS', () => {
    const { template } = make('darwin', false);
    expect(template.map((m) => m.label)).toEqual(['CareBinder', 'File', 'Edit', 'View', 'Help']);
  });

  it('locks the vault from File with Ctrl/Cmd+L and shows About from Help', () => {
    const { items, calls } = make('linux', false);
    const lock = items.find((i) => i.label === 'Lock Vault');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    lock?.click?.({} as never, undefined, {} as never);
    items.find((i) => i.label === 'About CareBinder')?.click?.({} as never, undefined, {} as never);
    expect(calls).toEqual(['lock', 'about']);
  });

  it('offers the native editing roles', () => {
    const roles = make('linux', false).items.map((i) => i.role);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('has reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => make('linux', isDev).items.map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
