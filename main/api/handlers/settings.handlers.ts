import { getSettings, updateSettings } from '../../core/settings/settings.service.ts';
import type { HandlerMap } from '../router.ts';

export const settingsHandlers: Pick<HandlerMap, 'settings:get' | 'settings:update'> = {
  'settings:get': (_input, ctx) => getSettings(ctx.session()),
  'settings:update': (patch, ctx) => {
    const next = updateSettings(ctx.session(), patch);
    ctx.setAutoLockMinutes(next.autoLockMinutes);
    return next;
  },
};
