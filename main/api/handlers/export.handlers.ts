import type { z } from 'zod';
import type { exportContract } from '../../../shared/schemas/export.schema.ts';
import { previewPacket } from '../../core/export/export-selection.service.ts';
import { startExport } from '../../core/export/export.service.ts';
import { verifyFolder } from '../../core/export/manifest.ts';
import type { AppContext } from '../app-context.ts';

type ExportCall = keyof typeof exportContract;

/** Same shape as the router's Handler, over the export contract (until it is merged into `contract`). */
type ExportHandler<K extends ExportCall> = (
  input: z.output<(typeof exportContract)[K]['input']>,
  ctx: AppContext,
) => Promise<z.output<(typeof exportContract)[K]['output']>> | z.output<(typeof exportContract)[K]['output']>;

/** The packet export calls: preview (what goes in, how big), start (a job), and re-check a folder. */
export const exportHandlers: { [K in ExportCall]: ExportHandler<K> } = {
  'export:preview': (input, ctx) => previewPacket(ctx.session(), input),
  'export:start': (input, ctx) => startExport(ctx.jobs, ctx.session(), input),
  // Only while unlocked, like every other call that touches a person's records.
  'export:verifyFolder': ({ path }, ctx) => {
    ctx.session();
    return verifyFolder(path);
  },
};
