import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { fsyncDirectory, TEMP_SUFFIX, writeFileAtomic } from '../fs/atomic-write.ts';

/** Refuses a relative destination: every door resolves the path the person chose before asking. */
export function absoluteOut(out: string): string {
  if (!path.isAbsolute(out))
    throw new AppError('INVALID_INPUT', 'Choose where to save the packet (a full folder path).');
  return path.normalize(out);
}

/** Refuses to replace an existing file unless asked to; never replaces a folder with a file. */
export function checkFileTarget(file: string, overwrite: boolean): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory())
    throw new AppError(
      'INVALID_INPUT',
      'There is a folder with that name. Choose another name for the file.',
    );
  if (!overwrite)
    throw new AppError(
      'INVALID_INPUT',
      'A file with that name already exists. Choose another name, or allow replacing it.',
    );
}

/** A packet folder must be new or empty: an export never mixes with or overwrites other files. */
export function checkFolderTarget(dir: string): void {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory() || fs.readdirSync(dir).length > 0)
    throw new AppError(
      'INVALID_INPUT',
      'That folder already has files in it. Choose a new or empty folder for the packet.',
    );
}

/** Writes one output file atomically (a half-written packet file is never left under its real name). */
export function writeOutput(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, [bytes]);
}

/**
 * Streams one output file to disk as `write` produces it, so its size never has to fit in memory. Like
 * `writeOutput` it is atomic: written under a temporary name in the same folder, flushed, then renamed;
 * a cancelled or failed write removes the temporary file. Returns the number of bytes written.
 */
export async function streamOutput(
  file: string,
  write: (sink: WritableStream<Uint8Array>) => Promise<void>,
): Promise<number> {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  const handle = await fs.promises.open(temp, 'wx', 0o600);
  let open = true;
  let size = 0;
  const sink = new WritableStream<Uint8Array>({
    async write(chunk) {
      for (let offset = 0; offset < chunk.length;) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
      size += chunk.length;
    },
  });
  try {
    await write(sink);
    await handle.sync();
    open = false;
    await handle.close();
    fs.renameSync(temp, file);
  } catch (error) {
    if (open) await handle.close().catch(() => undefined);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir);
  return size;
}
