/**
 * The input a fuzz worker is running, in memory shared with the runner: a sequence number (bumped for
 * every input), the length, then the bytes. If the worker hangs or dies, the runner still has the input.
 */
export class SharedInput {
  static readonly HEADER = 8;
  readonly #header: Int32Array;
  readonly #bytes: Uint8Array;

  constructor(buffer: SharedArrayBuffer) {
    this.#header = new Int32Array(buffer, 0, 2);
    this.#bytes = new Uint8Array(buffer, SharedInput.HEADER);
  }

  /** Memory for inputs of up to `capacity` bytes. */
  static allocate(capacity: number): SharedArrayBuffer {
    return new SharedArrayBuffer(SharedInput.HEADER + capacity);
  }

  /** Records the input about to run (cut to the capacity, which the runner sizes to the longest input). */
  publish(input: Uint8Array): void {
    const length = Math.min(input.length, this.#bytes.length);
    this.#bytes.set(input.subarray(0, length));
    Atomics.store(this.#header, 1, length);
    Atomics.add(this.#header, 0, 1);
  }

  /** How many inputs have started. */
  get sequence(): number {
    return Atomics.load(this.#header, 0);
  }

  /** A copy of the input running now. */
  current(): Buffer {
    return Buffer.from(this.#bytes.subarray(0, Atomics.load(this.#header, 1)));
  }
}
