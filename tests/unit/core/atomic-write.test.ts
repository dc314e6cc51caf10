import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.ts';
import {
  realFs,
  removeLeftoverTemps,
  TEMP_SUFFIX,
  writeFileAtomic,
  type AtomicFs,
} from '../../../main/core/fs/atomic-write.ts';
import { AFTER_RENAME, FAULT_CASES, faultyFs, systemError } from '../../crash/faulty-fs.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function withOldFile(): { dir: string; target: string } {
  const dir = tempDir();
  const target = path.join(dir, 'file');
  fs.writeFileSync(target, 'old');
  return { dir, target };
}

/** Runs the write and returns the AppError it threw (failing the test if it threw anything else). */
function failingWrite(target: string, ops: AtomicFs, chunks = [Buffer.from('new')]): AppError {
  try {
    writeFileAtomic(target, chunks, ops);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('the write did not fail');
}

describe('atomic write under injected faults', () => {
  for (const { step, code, expect: expected } of FAULT_CASES) {
    it(`${code} at ${step}: the old file stays, no temp file, a plain ${expected} error`, () => {
      const { dir, target } = withOldFile();
      const ops = faultyFs(step, code);
      const error = failingWrite(target, ops);
      expect(ops.fired).toBe(true);
      expect(error.code).toBe(expected);
      expect(error.message).not.toMatch(/E[A-Z]{3,}|errno|syscall/);
      expect((error.cause as NodeJS.ErrnoException).code).toBe(code);
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
      expect(fs.readdirSync(dir)).toEqual(['file']);
    });
  }

  it('a full disk says so in plain words', () => {
    const { target } = withOldFile();
    expect(failingWrite(target, faultyFs('write', 'ENOSPC')).message).toMatch(
      /^There is not enough space on the disk/,
    );
  });

  it('a disk that fills part-way through (short write, then ENOSPC) leaves the old file', () => {
    const { dir, target } = withOldFile();
    const ops = faultyFs('write', 'ENOSPC', { shortWrite: true });
    const error = failingWrite(target, ops, [Buffer.alloc(10_000, 1)]);
    expect(error.code).toBe('DISK_FULL');
    expect(ops.calls.filter((c) => c === 'write')).toHaveLength(2);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('maps the kernel’s own ENOSPC (writing to /dev/full)', () => {
    const { dir, target } = withOldFile();
    const full = fs.openSync('/dev/full', 'w');
    try {
      const error = failingWrite(target, { ...realFs, writeSync: (_fd, data) => fs.writeSync(full, data) });
      expect(error.code).toBe('DISK_FULL');
      expect((error.cause as NodeJS.ErrnoException).errno).toBe(systemError('ENOSPC', 'write').errno);
    } finally {
      fs.closeSync(full);
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('a failed close is not retried (the descriptor is already released and may be reused)', () => {
    const { target } = withOldFile();
    const ops = faultyFs('close', 'EIO');
    failingWrite(target, ops);
    expect(ops.calls.filter((c) => c === 'close')).toHaveLength(1);
  });

  for (const step of AFTER_RENAME) {
    it(`EIO at ${step}: the rename has happened, so the new file is in place and no error is reported`, () => {
      const { dir, target } = withOldFile();
      const ops = faultyFs(step, 'EIO');
      writeFileAtomic(target, [Buffer.from('new')], ops);
      expect(ops.fired).toBe(true);
      expect(fs.readFileSync(target, 'utf8')).toBe('new');
      expect(fs.readdirSync(dir)).toEqual(['file']);
    });
  }

  it('when removing the temp file fails too, the write’s own error is reported', () => {
    const { target } = withOldFile();
    const ops: AtomicFs = {
      ...faultyFs('fsync', 'EIO'),
      rmSync: () => {
        throw systemError('EBUSY', 'rm');
      },
    };
    expect(failingWrite(target, ops).code).toBe('WRITE_FAILED');
  });

  it('a programming error inside a step is not dressed up as a disk problem', () => {
    const { dir, target } = withOldFile();
    const misuse = Object.assign(new TypeError('bad argument'), { code: 'ERR_INVALID_ARG_TYPE' });
    const ops: AtomicFs = {
      ...realFs,
      fsyncSync: () => {
        throw misuse;
      },
    };
    expect(() => writeFileAtomic(target, [Buffer.from('new')], ops)).toThrow(misuse);
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('an error from the data source passes through unchanged, and nothing is left behind', () => {
    const { dir, target } = withOldFile();
    const boom = new AppError('BACKUP_INTEGRITY', 'source failed');
    function* chunks(): Generator<Uint8Array> {
      yield Buffer.from('partial');
      throw boom;
    }
    expect(() => writeFileAtomic(target, chunks())).toThrow(boom);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('replaces the file completely on success, and leaves only the target', () => {
    const { dir, target } = withOldFile();
    writeFileAtomic(target, [Buffer.from('a'), Buffer.from('b')]);
    expect(fs.readFileSync(target, 'utf8')).toBe('ab');
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('the start-up sweep removes leftover temp files of a folder and nothing else', () => {
    const { dir } = withOldFile();
    fs.writeFileSync(path.join(dir, `.file.0a1b2c3d4e5f${TEMP_SUFFIX}`), 'half');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', `.x${TEMP_SUFFIX}`), 'not this level');
    expect(removeLeftoverTemps(dir)).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['file', 'sub']);
    expect(removeLeftoverTemps(path.join(dir, 'missing'))).toBe(0);
  });
});
