/**
 * What a fuzz target module (`tests/fuzz/targets/<name>.fuzz.ts`) exports as `target`. The engine feeds
 * `run` mutated bytes; any exception `expected` does not accept, and any run slower than `timeoutMs`, is a
 * finding. Targets also assert their own invariants (throwing a plain Error when one breaks).
 */
export interface FuzzTarget {
  /** Short name: the corpus folder under tests/fuzz/corpus/ and the findings prefix. */
  name: string;
  /** Repository-relative files or folders whose code coverage guides the fuzzer. */
  covers: string[];
  /** Tokens the mutator splices in (keywords, magic numbers) so it need not guess them byte by byte. */
  dictionary?: string[];
  /** Longest input tried, in bytes. */
  maxLength?: number;
  /** Longest one input may take before it counts as a hang, in milliseconds (default 1000). */
  timeoutMs?: number;
  /** Runs the code under test on one input. */
  run(data: Buffer): void | Promise<void>;
  /** True for the errors the API documents as its answer to bad input (not findings); default none. */
  expected?(error: unknown): boolean;
}

/** Throws when an invariant of the code under test does not hold (the engine reports it as a finding). */
export function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`invariant broken: ${what}`);
}
