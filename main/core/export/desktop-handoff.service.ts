import fs from 'node:fs';
import { AppError } from '../errors.ts';
import type { DesktopShell } from './desktop-shell.ts';
import type { ExportedFiles } from './exported-files.ts';
import { mailDraftLink } from './mail-draft.ts';

function existing(exported: ExportedFiles, target: string) {
  const packet = exported.get(target);
  if (!fs.existsSync(packet.path))
    throw new AppError(
      'NOT_FOUND',
      'The packet is not in that place any more. It may have been moved or deleted; make it again if you need it.',
    );
  return packet;
}

/** Shows a packet CareBinder just exported in the system file manager. */
export async function revealExport(
  desktop: DesktopShell,
  exported: ExportedFiles,
  target: string,
): Promise<{ path: string }> {
  const packet = existing(exported, target);
  await desktop.showInFolder(packet.path);
  return { path: packet.path };
}

/**
 * Starts an email about an exported PDF or ZIP without sending anything: the desktop door opens the mail
 * app with a neutral draft, then shows the file to attach; the browser door shows the file and hands the
 * link back for the page to open (`opened: false`). CareBinder never sends email itself.
 */
export async function draftExportEmail(
  desktop: DesktopShell,
  exported: ExportedFiles,
  target: string,
): Promise<{ mailto: string; opened: boolean }> {
  const packet = existing(exported, target);
  if (packet.format !== 'zip' && packet.format !== 'pdf')
    throw new AppError('INVALID_INPUT', 'Only a PDF or a ZIP packet can be sent by email.');
  const mailto = mailDraftLink(packet);
  if (desktop.openMailDraft) await desktop.openMailDraft(mailto);
  await desktop.showInFolder(packet.path);
  return { mailto, opened: desktop.openMailDraft !== null };
}
