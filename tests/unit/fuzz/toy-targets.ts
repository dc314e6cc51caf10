import { AppError } from '../../../main/core/errors.ts';
import type { FuzzTarget } from '../../fuzz/engine/fuzz-target.ts';

/**
 * A bug behind three nested branches: found by keeping inputs that reach each new branch, not by luck.
 * Inputs starting with "no" are refused the way a real API refuses bad input (not a finding).
 */
export const nestedBug: FuzzTarget = {
  name: 'toy-nested',
  covers: ['tests/unit/fuzz/toy-targets.ts'],
  maxLength: 16,
  run(data) {
    if (data[0] === 0x6e && data[1] === 0x6f) throw new AppError('INVALID_INPUT', 'Refused.');
    if (data.length >= 3 && data[0]! >= 0x80) {
      if (data[1]! >= 0x80) {
        if (data[2]! >= 0x80) throw new TypeError('three high bytes in a row');
      }
    }
  },
  expected: (error) => error instanceof AppError,
};

/** Never finishes on an input that starts with "loop". */
export const hangs: FuzzTarget = {
  name: 'toy-hang',
  covers: ['tests/unit/fuzz/toy-targets.ts'],
  timeoutMs: 300,
  run(data) {
    if (data.subarray(0, 4).toString('latin1') === 'loop') for (;;);
  },
};
