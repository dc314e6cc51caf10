/** What the fuzz runner gives its worker thread. */
export interface WorkerInput {
  /** Absolute path of the target module. */
  targetFile: string;
  /** Repository root (coverage paths in targets are relative to it). */
  root: string;
  /** Inputs to start from: the hand-written seeds plus what earlier runs kept. */
  seeds: Uint8Array[];
  seconds: number;
  seed: number;
  /** Memory the worker publishes each input into before running it (see SharedInput). */
  shared: SharedArrayBuffer;
  /** When set, run only this input once and report how long it took. */
  replay?: Uint8Array;
}

/** An exception the target did not expect, as reported. */
export interface DescribedError {
  /** Error class, message without numbers and the first frame in repository code: one per distinct bug. */
  signature: string;
  message: string;
  stack: string;
}

/** Messages from the worker. */
export type WorkerMessage =
  | ({ type: 'finding'; kind: 'exception'; input: Uint8Array } & DescribedError)
  | { type: 'corpus'; input: Uint8Array }
  | { type: 'stats'; runs: number; corpus: number; features: number }
  | { type: 'done'; runs: number; corpus: number; features: number }
  | { type: 'replayed'; ms: number; error?: string };

/** Describes a thrown value for a findings report. */
export function describeError(error: unknown, root: string): DescribedError {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? message) : message;
  const frame = stack.split('\n').find((line) => line.includes(root) && !line.includes('/tests/fuzz/')) ?? '';
  const where = frame
    .replace(/.*\((.*)\).*/, '$1')
    .replace(/:\d+$/, '')
    .trim();
  return { signature: `${name}|${message.replace(/\d+/g, 'N').slice(0, 200)}|${where}`, message, stack };
}
