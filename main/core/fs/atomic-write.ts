import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { systemErrorCode } from '../errors.ts';
import { log } from '../log/logger.ts';
import { writeFailure } from './write-errors.ts';

/**
 * The file operations the atomic writer needs, as a seam: the fault-injection tests replace single steps
 * (open, write, fsync, close, rename, directory fsync) with failing ones and check the old-or-new guarantee.
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

/**
 * Start-up sweep of one folder (not its subfolders): removes the temp files a crash left mid-write.
 * Never throws — a leftover that cannot be removed now is harmless and is tried again next time.
 */
export function removeLeftoverTemps(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith(TEMP_SUFFIX)) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    } catch (error) {
      log.warn('fs.temp_sweep_failed', { code: systemErrorCode(error) });
    }
  }
  return removed;
}

/**
 * fsyncs a directory so a rename inside it survives power loss. Best effort, and never an error: Windows
 * cannot open directories (NTFS journals the rename itself), and once a rename is done the new file is what
 * every reader sees, so reporting "not saved" then would make a caller believe a change (a new passphrase,
 * say) did not happen when it did. A failure is logged instead.
 */
export function fsyncDirectory(dir: string, ops: AtomicFs = realFs): void {
  let fd: number;
  try {
    fd = ops.openSync(dir, 'r');
  } catch (error) {
    if (process.platform !== 'win32') log.warn('fs.dir_open_failed', { code: systemErrorCode(error) });
    return;
  }
  try {
    ops.fsyncSync(fd);
  } catch (error) {
    log.warn('fs.dir_fsync_failed', { code: systemErrorCode(error) });
  } finally {
    closeQuietly(ops, fd);
  }
}

/**
 * Writes `chunks` to `target` so that a reader sees either the old file or the complete new one, never a
 * torn mix: temp file in the same folder → write → fsync → close → rename over the target → fsync the
 * folder. On failure the target is untouched, the temp file is gone, and the system's error becomes a
 * plain AppError (a full disk says so). Errors thrown by `chunks` itself pass through unchanged.
 */
export function writeFileAtomic(target: string, chunks: Iterable<Uint8Array>, ops: AtomicFs = realFs): void {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  let fd: number | null = null;
  try {
    fd = system(() => ops.openSync(temp, 'wx', 0o600));
    const out = fd;
    for (const chunk of chunks) writeFully(ops, out, chunk);
    system(() => ops.fsyncSync(out));
    // Forget the descriptor before closing: after a failed close() it is released anyway, and closing the
    // same number again could close a file another thread (SQLite, a worker) has just opened.
    fd = null;
    system(() => ops.closeSync(out));
    system(() => ops.renameSync(temp, target));
  } catch (error) {
    if (fd !== null) closeQuietly(ops, fd);
    try {
      ops.rmSync(temp, { force: true });
    } catch {
      // Left for the start-up sweep; the write's own error is the one to report.
    }
    throw error;
  }
  fsyncDirectory(dir, ops);
}

/** Writes one chunk completely, continuing after short writes. */
function writeFully(ops: AtomicFs, fd: number, chunk: Uint8Array): void {
  let offset = 0;
  while (offset < chunk.length) {
    const written = system(() => ops.writeSync(fd, chunk.subarray(offset)));
    // A write that accepts nothing would otherwise loop for ever.
    if (written <= 0) throw writeFailure(Object.assign(new Error('write made no progress'), { code: 'EIO' }));
    offset += written;
  }
}

/** Runs one system call, turning its error into the plain AppError for a failed save. */
function system<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw writeFailure(error);
  }
}

function closeQuietly(ops: AtomicFs, fd: number): void {
  try {
    ops.closeSync(fd);
  } catch {
    // Already failing or finished: nothing useful to do with a close error here.
  }
}
