import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * The file operations the atomic writer needs, as a seam: the fault-injection tests replace single steps
 * (open, write, fsync, rename, directory fsync) with failing ones and check the old-or-new guarantee.
 */
export interface AtomicFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Uint8Array) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
}

export const realFs: AtomicFs = {
  openSync: fs.openSync,
  writeSync: (fd, data) => fs.writeSync(fd, data),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
};

/** Suffix of in-flight files; the start-up sweep removes any left by a crash. */
export const TEMP_SUFFIX = '.cbtmp';

/** fsyncs a directory so a rename inside it survives power loss (no-op where directories can't be opened). */
export function fsyncDirectory(dir: string, ops: AtomicFs = realFs): void {
  let fd: number;
  try {
    fd = ops.openSync(dir, 'r');
  } catch {
    return; // Windows cannot open directories; NTFS journals the rename itself.
  }
  try {
    ops.fsyncSync(fd);
  } finally {
    ops.closeSync(fd);
  }
}

/**
 * Writes `chunks` to `target` so that a reader sees either the old file or the complete new one, never a
 * torn mix: temp file in the same folder → write → fsync → rename over the target → fsync the folder.
 */
export function writeFileAtomic(target: string, chunks: Iterable<Uint8Array>, ops: AtomicFs = realFs): void {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  let fd: number | null = null;
  try {
    fd = ops.openSync(temp, 'wx', 0o600);
    for (const chunk of chunks) {
      let offset = 0;
      while (offset < chunk.length) offset += ops.writeSync(fd, chunk.subarray(offset));
    }
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = null;
    ops.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) {
      try {
        ops.closeSync(fd);
      } catch {
        // already failing: the original error is the one to report
      }
    }
    ops.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir, ops);
}
