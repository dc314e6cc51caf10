import path from 'node:path';
import type { ExportFormat, ExportResult, ExportStartInput } from '../../../shared/schemas/export.schema.ts';
import { AppError } from '../errors.ts';

/** One packet this app wrote: where, in which format, whether a password locks it, in how many parts. */
export interface ExportedPacket {
  format: ExportFormat;
  encrypted: boolean;
  parts: number;
}

/**
 * The files and folders this app has exported since the vault was unlocked. Showing a file in its folder
 * or writing an email about it is allowed only for these: a request cannot make CareBinder open any other
 * place on the computer.
 */
export class ExportedFiles {
  private readonly paths = new Map<string, ExportedPacket>();

  /** Remembers what an export wrote: every file, and for a folder export the packet folder itself. */
  remember(input: Pick<ExportStartInput, 'format' | 'out' | 'zipPassword'>, result: ExportResult): void {
    const packet = { format: result.format, encrypted: !!input.zipPassword, parts: result.files.length };
    const targets = result.format === 'folder' ? [input.out] : result.files.map((f) => f.path);
    for (const target of targets) this.paths.set(path.resolve(target), packet);
  }

  /** The exported packet at `target`; FILE_REFUSED for anything CareBinder did not just export. */
  get(target: string): ExportedPacket & { path: string } {
    const resolved = path.resolve(target);
    const packet = this.paths.get(resolved);
    if (!packet)
      throw new AppError(
        'FILE_REFUSED',
        'CareBinder only opens packets it has made since it was unlocked. Make the packet again, then try once more.',
      );
    return { ...packet, path: resolved };
  }

  /** Forgets everything (on lock). */
  clear(): void {
    this.paths.clear();
  }
}
