import fs from 'node:fs';

/** The file-system calls a write is made of; the tripwire counts these. */
const STEPS = [
  'openSync',
  'writeSync',
  'fsyncSync',
  'closeSync',
  'renameSync',
  'rmSync',
  'mkdirSync',
] as const;
export type TripwireStep = (typeof STEPS)[number];

export interface Tripwire {
  /** Dies by SIGKILL just before the `n`-th counted call (1-based) from now on. */
  arm(n: number): void;
}

/**
 * Random kill times mostly land while a child computes (reading a PDF, OCR), rarely in the few
 * milliseconds a file is being written — yet those are the moments that matter. The tripwire puts a kill
 * exactly between two steps of a write: it wraps the `fs` calls writes are made of and, once armed, sends
 * the process SIGKILL just before the chosen call. Still a real SIGKILL (no handler, nothing flushed);
 * only its moment is chosen. It must be installed before the core is loaded, because the atomic writer
 * captures `fs`'s functions when its module is evaluated. Writes to stdout and stderr are not counted:
 * they are the child's messages. `report` is called (synchronously) with the step just before dying.
 */
export function installTripwire(report: (step: TripwireStep) => void): Tripwire {
  let remaining = 0;
  const target = fs as unknown as Record<TripwireStep, (...args: unknown[]) => unknown>;
  for (const step of STEPS) {
    const original = target[step];
    target[step] = (...args: unknown[]) => {
      const toConsole = step === 'writeSync' && (args[0] === 1 || args[0] === 2);
      if (remaining > 0 && !toConsole && --remaining === 0) {
        report(step);
        process.kill(process.pid, 'SIGKILL');
        // The kernel kills the process on the way back from kill(); never let the call go ahead regardless.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
      return original.apply(fs, args);
    };
  }
  return {
    arm(n) {
      remaining = n;
    },
  };
}
