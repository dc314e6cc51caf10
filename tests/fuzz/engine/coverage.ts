import { Session } from 'node:inspector';

interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface ScriptCoverage {
  url: string;
  functions: { ranges: CoverageRange[] }[];
}

/** AFL-style hit-count buckets: a block run 1, 2, 3, 4–7, 8–15, 16–31, 32–127 or 128+ times. */
function bucket(count: number): number {
  if (count <= 3) return count;
  if (count < 8) return 4;
  if (count < 16) return 5;
  if (count < 32) return 6;
  return count < 128 ? 7 : 8;
}

/**
 * Block coverage of this thread's code from V8's precise coverage (the inspector protocol), the signal that
 * makes fuzzing coverage-guided: each code block reached, with a bucket of how often, is a "feature"; an
 * input that shows a feature never seen before is worth keeping and mutating further. In precise count mode
 * V8 resets the counters at every take, so each take describes exactly the inputs run since the last one.
 *
 * V8 reports a nested block only while its count differs from the block around it: a branch never taken
 * shows up as a range with count 0 and simply vanishes once it runs as often as its parent. So every range
 * ever reported is remembered as a known block, and each block's count is read from the innermost range
 * reported around it (its own, if it still differs; else its parent's).
 */
export class CoverageMap {
  readonly #session = new Session();
  // Per script: each function's known blocks (function start → block start → end), and features seen
  // (block start × 16 + bucket).
  readonly #blocks = new Map<string, Map<number, Map<number, number>>>();
  readonly #seen = new Map<string, Set<number>>();
  #size = 0;
  #prefixes: string[] = [];

  /** Starts counting; call before the code to be measured is loaded, so every block gets a counter. */
  constructor() {
    this.#session.connect();
    this.#post('Profiler.enable');
    this.#post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** Only scripts whose URL starts with one of these count (file URLs of the code under test). */
  watch(urlPrefixes: string[]): void {
    this.#prefixes = urlPrefixes;
  }

  /** Number of features hit since the last call that were never seen before (they are now remembered). */
  takeNew(): number {
    const { result } = this.#post('Profiler.takePreciseCoverage') as { result: ScriptCoverage[] };
    let fresh = 0;
    for (const script of result) {
      if (!this.#prefixes.some((prefix) => script.url.startsWith(prefix))) continue;
      const functions = this.#of(this.#blocks, script.url, () => new Map<number, Map<number, number>>());
      const seen = this.#of(this.#seen, script.url, () => new Set<number>());
      for (const { ranges } of script.functions) {
        const fn = ranges[0];
        if (!fn) continue;
        const blocks = this.#of(functions, fn.startOffset, () => new Map<number, number>());
        for (const r of ranges) blocks.set(r.startOffset, r.endOffset);
        if (fn.count === 0) continue;
        for (const [start, end] of blocks) {
          // Ranges come outermost first, so the last one that contains the block is the innermost.
          let count = 0;
          for (const r of ranges) if (r.startOffset <= start && end <= r.endOffset) count = r.count;
          if (count === 0) continue;
          const feature = start * 16 + bucket(count);
          if (seen.has(feature)) continue;
          seen.add(feature);
          fresh++;
        }
      }
    }
    this.#size += fresh;
    return fresh;
  }

  #of<K, T>(map: Map<K, T>, key: K, make: () => T): T {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  }

  /** Features seen so far. */
  get size(): number {
    return this.#size;
  }

  // A session connected to its own thread answers synchronously, which keeps the fuzz loop simple and fast.
  #post(method: string, params?: object): unknown {
    let reply: unknown;
    let answered = false;
    this.#session.post(method, params, (error, result) => {
      if (error) throw error;
      reply = result;
      answered = true;
    });
    if (!answered) throw new Error(`the inspector did not answer ${method} synchronously`);
    return reply;
  }
}
