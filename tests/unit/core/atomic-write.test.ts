import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs, writeFileAtomic, type AtomicFs } from '../../../main/core/fs/atomic-write.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('atomic write', () => {
  const steps: (keyof AtomicFs)[] = ['openSync', 'writeSync', 'fsyncSync', 'renameSync'];
  for (const step of steps) {
    it(`a failure at ${step} leaves the old file and no temp file`, () => {
      const dir = tempDir();
      const target = path.join(dir, 'file');
      fs.writeFileSync(target, 'old');
      const failing: AtomicFs = {
        ...realFs,
        [step]: () => {
          throw Object.assign(new Error('injected'), { code: 'ENOSPC' });
        },
      };
      expect(() => writeFileAtomic(target, [Buffer.from('new')], failing)).toThrow('injected');
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
      expect(fs.readdirSync(dir)).toEqual(['file']);
    });
  }

  it('replaces the file completely on success', () => {
    const target = path.join(tempDir(), 'file');
    writeFileAtomic(target, [Buffer.from('a'), Buffer.from('b')]);
    expect(fs.readFileSync(target, 'utf8')).toBe('ab');
  });
});
