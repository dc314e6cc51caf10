import { getDisplaySettings, updateDisplaySettings } from '../../core/settings/display-settings.service.ts';
import { getSettings, updateSettings } from '../../core/settings/settings.service.ts';
import type { HandlerMap } from '../router.ts';

type SettingsCalls = 'settings:get' | 'settings:update' | 'settings:display' | 'settings:updateDisplay';

export const settingsHandlers: Pick<HandlerMap, SettingsCalls> = {
  'settings:get': (_input, ctx) => getSettings(ctx.session()),
  'settings:update': (patch, ctx) => {
    const next = updateSettings(ctx.session(), patch);
    ctx.setAutoLockMinutes(next.autoLockMinutes);
    return next;
  },
  // No session: the text size is read and set while the vault is locked too.
  'settings:display': (_input, ctx) => getDisplaySettings(ctx.vaultDir),
  'settings:updateDisplay': (patch, ctx) => updateDisplaySettings(ctx.vaultDir, patch),
};
