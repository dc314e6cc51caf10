import path from 'node:path';
import type { ExportVerification } from '../../../shared/schemas/export.schema.ts';
import { verifyFolder } from './manifest.ts';
import { checkpoint, type WorkControl } from './packet-pdf.service.ts';
import type { PacketFile } from './packet-tree.ts';
import { checkFolderTarget, writeOutput } from './output-files.ts';

/**
 * Writes the packet tree into `dir` (the packet folder itself, new or empty), then reads every file
 * back against the manifest, so a failing USB stick is noticed now rather than at the doctor's office.
 */
export async function writePacketFolder(
  dir: string,
  files: PacketFile[],
  control: WorkControl,
): Promise<ExportVerification> {
  checkFolderTarget(dir);
  for (const [i, file] of files.entries()) {
    control.report({ step: 'Writing the folder', current: i, total: files.length });
    await checkpoint(control.signal);
    writeOutput(path.join(dir, ...file.path.split('/')), file.bytes);
  }
  control.report({ step: 'Checking the written files', current: 0, total: 1 });
  return verifyFolder(dir);
}
