import { previewPacket } from '../../core/export/export-selection.service.ts';
import { startExport } from '../../core/export/export.service.ts';
import { verifyFolder } from '../../core/export/manifest.ts';
import type { HandlerMap } from '../router.ts';

/** The packet export calls: preview (what goes in, how big), start (a job), and re-check a folder. */
export const exportHandlers: Pick<HandlerMap, 'export:preview' | 'export:start' | 'export:verifyFolder'> = {
  'export:preview': (input, ctx) => previewPacket(ctx.session(), input),
  'export:start': (input, ctx) => startExport(ctx.jobs, ctx.session(), input),
  // Only while unlocked, like every other call that touches a person's records.
  'export:verifyFolder': ({ path }, ctx) => {
    ctx.session();
    return verifyFolder(path);
  },
};
