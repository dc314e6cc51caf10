import { draftExportEmail, revealExport } from '../../core/export/desktop-handoff.service.ts';
import { previewPacket } from '../../core/export/export-selection.service.ts';
import { startExport } from '../../core/export/export.service.ts';
import { verifyFolder } from '../../core/export/manifest.ts';
import type { HandlerMap } from '../router.ts';

/**
 * The packet export calls: preview (what goes in, how big), start (a job), re-check a folder, and hand
 * the result to the desktop (show it in its folder, start an email draft) — only for what was exported.
 */
export const exportHandlers: Pick<
  HandlerMap,
  'export:preview' | 'export:start' | 'export:verifyFolder' | 'export:reveal' | 'export:mailDraft'
> = {
  'export:preview': (input, ctx) => previewPacket(ctx.session(), input),
  'export:start': (input, ctx) =>
    startExport(ctx.jobs, ctx.session(), input, (result) => ctx.exported.remember(input, result)),
  // Only while unlocked, like every other call that touches a person's records.
  'export:verifyFolder': ({ path }, ctx) => {
    ctx.session();
    return verifyFolder(path);
  },
  'export:reveal': ({ path }, ctx) => {
    ctx.session();
    return revealExport(ctx.desktop, ctx.exported, path);
  },
  'export:mailDraft': ({ path }, ctx) => {
    ctx.session();
    return draftExportEmail(ctx.desktop, ctx.exported, path);
  },
};
