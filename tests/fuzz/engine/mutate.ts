import type { Random } from './random.ts';

/** What the mutator may draw on besides the input itself. */
export interface MutationSource {
  random: Random;
  /** Tokens worth splicing in (keywords, magic numbers). */
  dictionary: readonly Buffer[];
  /** Other kept inputs, for crossover. */
  corpus: readonly Buffer[];
  maxLength: number;
}

// Values at the edges where parsers go wrong: signs, byte and word boundaries.
const INTERESTING_8 = [
  0, 1, 0x7f, 0x80, 0xff, 0x20, 0x0a, 0x0d, 0x22, 0x3c, 0x3e, 0x7b, 0x7d, 0x5b, 0x5d, 0x2f,
];
const INTERESTING_32 = [
  0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff,
];
const NUMBERS = [
  '0',
  '-1',
  '1',
  '12',
  '13',
  '31',
  '32',
  '99',
  '1900',
  '2099',
  '9999',
  '1e309',
  '0.5',
  'NaN',
  '4294967296',
  '99999999999999999999',
];

type Mutation = (data: Buffer, source: MutationSource) => Buffer;

const clampIndex = (source: MutationSource, data: Buffer): number => source.random.below(data.length + 1);

/** A range [start, end) inside the data, of at most `max` bytes. */
function range(data: Buffer, source: MutationSource, max = 64): [number, number] {
  const start = source.random.below(data.length);
  return [start, Math.min(data.length, start + 1 + source.random.below(max))];
}

const insertAt = (data: Buffer, at: number, bytes: Buffer): Buffer =>
  Buffer.concat([data.subarray(0, at), bytes, data.subarray(at)]);

const MUTATIONS: Mutation[] = [
  // Flip one bit.
  (data, { random }) => {
    if (data.length === 0) return data;
    const out = Buffer.from(data);
    const at = random.below(out.length);
    out[at]! ^= 1 << random.below(8);
    return out;
  },
  // Set one byte to anything, or to a value parsers care about.
  (data, { random }) => {
    if (data.length === 0) return data;
    const out = Buffer.from(data);
    out[random.below(out.length)] = random.chance(0.5) ? random.below(256) : random.pick(INTERESTING_8);
    return out;
  },
  // Overwrite 2 or 4 bytes with a boundary value, either byte order (lengths, sizes, offsets in headers).
  (data, { random }) => {
    if (data.length < 4) return data;
    const out = Buffer.from(data);
    const value = random.pick(INTERESTING_32);
    const at = random.below(out.length - 3);
    if (random.chance(0.5)) out.writeUInt32BE(value >>> 0, at);
    else out.writeUInt32LE(value >>> 0, at);
    return out;
  },
  // Insert a few random bytes.
  (data, source) => {
    const bytes = Buffer.alloc(1 + source.random.below(8));
    for (let i = 0; i < bytes.length; i++) bytes[i] = source.random.below(256);
    return insertAt(data, clampIndex(source, data), bytes);
  },
  // Delete a range.
  (data, source) => {
    if (data.length < 2) return data;
    const [start, end] = range(data, source);
    return Buffer.concat([data.subarray(0, start), data.subarray(end)]);
  },
  // Copy a range somewhere else (repeats structure: nesting, lists).
  (data, source) => {
    if (data.length === 0) return data;
    const [start, end] = range(data, source);
    return insertAt(data, clampIndex(source, data), data.subarray(start, end));
  },
  // Repeat a range many times (deep nesting, long runs: what exposes slow regular expressions).
  (data, source) => {
    if (data.length === 0) return data;
    const [start, end] = range(data, source, 16);
    const times = 2 + source.random.below(source.random.chance(0.2) ? 2000 : 64);
    return insertAt(data, end, Buffer.concat(Array.from({ length: times }, () => data.subarray(start, end))));
  },
  // Insert or overwrite with a dictionary token.
  (data, source) => {
    if (source.dictionary.length === 0) return data;
    const token = source.random.pick(source.dictionary);
    const at = clampIndex(source, data);
    if (source.random.chance(0.5)) return insertAt(data, at, token);
    return Buffer.concat([data.subarray(0, at), token, data.subarray(at + token.length)]);
  },
  // Replace a run of digits with another number.
  (data, source) => {
    const text = data.toString('latin1');
    const runs = [...text.matchAll(/\d+/g)];
    if (runs.length === 0) return data;
    const run = source.random.pick(runs);
    const start = run.index;
    const end = start + run[0].length;
    return Buffer.concat([
      data.subarray(0, start),
      Buffer.from(source.random.pick(NUMBERS)),
      data.subarray(end),
    ]);
  },
  // Cross over with another kept input.
  (data, source) => {
    if (source.corpus.length === 0) return data;
    const other = source.random.pick(source.corpus);
    const cut = source.random.below(data.length + 1);
    const from = source.random.below(other.length + 1);
    return Buffer.concat([data.subarray(0, cut), other.subarray(from)]);
  },
  // Cut the end off (truncated files).
  (data, source) => data.subarray(0, source.random.below(data.length + 1)),
];

/** A new input made from `data` by one to five stacked random mutations, no longer than `maxLength`. */
export function mutate(data: Buffer, source: MutationSource): Buffer {
  let out = data;
  const rounds = 1 + source.random.below(5);
  for (let i = 0; i < rounds; i++) out = source.random.pick(MUTATIONS)(out, source);
  return out.length > source.maxLength ? out.subarray(0, source.maxLength) : out;
}
