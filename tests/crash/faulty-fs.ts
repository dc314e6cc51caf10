import type fs from 'node:fs';
import os from 'node:os';
import util from 'node:util';
import { realFs, type AtomicFs } from '../../main/core/fs/atomic-write.ts';

/** Every step of an atomic write that can fail, in the order they run. */
export const FAULT_STEPS = [
  'open',
  'write',
  'fsync',
  'close',
  'rename',
  'dir-open',
  'dir-fsync',
  'dir-close',
] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/** The steps after the rename: the new file is already what readers see when one of these fails. */
export const AFTER_RENAME: ReadonlySet<FaultStep> = new Set(['dir-open', 'dir-fsync', 'dir-close']);

/** A system error shaped exactly as Node raises it: `ENOSPC: no space left on device, write`, errno, syscall. */
export function systemError(code: string, syscall: string): NodeJS.ErrnoException {
  const errno = (os.constants.errno as Record<string, number>)[code];
  if (errno === undefined) throw new Error(`unknown errno code ${code}`);
  return Object.assign(new Error(`${code}: ${util.getSystemErrorMessage(-errno)}, ${syscall}`), {
    errno: -errno,
    code,
    syscall,
  });
}

/** An `AtomicFs` that fails one step once, plus the log of the calls it saw. */
export interface FaultyFs extends AtomicFs {
  /** Calls in order, as `step` names (`open`, `dir-fsync`…). */
  readonly calls: FaultStep[];
  /** Whether the injected failure happened. */
  readonly fired: boolean;
}

/**
 * Real file operations, except that the first call of `step` fails with the errno `code`. Side effects
 * match the kernel's: a failing close still releases the descriptor (as Linux does), a short `write` can
 * be asked for with `shortWrite` (half the bytes land, then the next write fails — how a disk fills up).
 * Directory calls are told apart from the temp file's by their flags (`'r'`) and descriptor.
 */
export function faultyFs(step: FaultStep, code: string, options: { shortWrite?: boolean } = {}): FaultyFs {
  const calls: FaultStep[] = [];
  const dirFds = new Set<number>();
  let fired = false;
  let shortDone = false;
  const trip = (name: FaultStep, syscall: string): void => {
    calls.push(name);
    if (fired || name !== step) return;
    fired = true;
    throw systemError(code, syscall);
  };
  return {
    get calls() {
      return calls;
    },
    get fired() {
      return fired;
    },
    openSync: ((file: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      const isDir = flags === 'r';
      trip(isDir ? 'dir-open' : 'open', 'open');
      const fd = realFs.openSync(file, flags, mode);
      if (isDir) dirFds.add(fd);
      return fd;
    }) as typeof fs.openSync,
    writeSync: (fd, data) => {
      if (options.shortWrite && step === 'write' && !shortDone && data.length > 1) {
        shortDone = true;
        calls.push('write');
        return realFs.writeSync(fd, data.subarray(0, Math.floor(data.length / 2)));
      }
      trip('write', 'write');
      return realFs.writeSync(fd, data);
    },
    fsyncSync: (fd) => {
      trip(dirFds.has(fd) ? 'dir-fsync' : 'fsync', 'fsync');
      realFs.fsyncSync(fd);
    },
    closeSync: (fd) => {
      const name: FaultStep = dirFds.has(fd) ? 'dir-close' : 'close';
      dirFds.delete(fd);
      realFs.closeSync(fd);
      trip(name, 'close');
    },
    renameSync: (from, to) => {
      trip('rename', 'rename');
      realFs.renameSync(from, to);
    },
    rmSync: realFs.rmSync,
  };
}

/**
 * For each step, the error a real system gives there and the AppError code people should then see.
 * Disk full appears where it really can: creating the file (no free inode), writing, syncing (delayed
 * allocation on ext4/XFS), and renaming (a new directory block).
 */
export const FAULT_CASES: { step: FaultStep; code: string; expect: 'DISK_FULL' | 'WRITE_FAILED' }[] = [
  { step: 'open', code: 'ENOSPC', expect: 'DISK_FULL' },
  { step: 'open', code: 'EACCES', expect: 'WRITE_FAILED' },
  { step: 'open', code: 'EROFS', expect: 'WRITE_FAILED' },
  { step: 'write', code: 'ENOSPC', expect: 'DISK_FULL' },
  { step: 'write', code: 'EDQUOT', expect: 'DISK_FULL' },
  { step: 'write', code: 'EIO', expect: 'WRITE_FAILED' },
  { step: 'fsync', code: 'EIO', expect: 'WRITE_FAILED' },
  { step: 'fsync', code: 'ENOSPC', expect: 'DISK_FULL' },
  { step: 'close', code: 'EIO', expect: 'WRITE_FAILED' },
  { step: 'rename', code: 'EXDEV', expect: 'WRITE_FAILED' },
  { step: 'rename', code: 'ENOSPC', expect: 'DISK_FULL' },
  { step: 'rename', code: 'EPERM', expect: 'WRITE_FAILED' },
];
