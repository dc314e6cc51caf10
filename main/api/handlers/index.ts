import { APP_VERSION } from '../../core/app-version.ts';
import type { HandlerMap } from '../router.ts';
import { caseHandlers } from './cases.handlers.ts';
import { documentHandlers } from './documents.handlers.ts';
import { exportHandlers } from './export.handlers.ts';
import { medsHandlers } from './meds.handlers.ts';
import { peopleHandlers } from './people.handlers.ts';
import { settingsHandlers } from './settings.handlers.ts';
import { vaultHandlers } from './vault.handlers.ts';

/** Every call registered exactly once; the type makes a missing handler a compile error. */
export const handlers: HandlerMap = {
  'app:info': (_input, ctx) => ({ version: APP_VERSION, door: ctx.door, platform: process.platform }),
  ...vaultHandlers,
  ...settingsHandlers,
  ...peopleHandlers,
  ...documentHandlers,
  ...medsHandlers,
  ...caseHandlers,
  ...exportHandlers,
};
