/** Size of one picture (or one frame/page of it), read from its header without decoding pixels. */
export interface Dimensions {
  width: number;
  height: number;
}

/** Reads a big- or little-endian unsigned integer; out-of-range reads give NaN so callers can refuse. */
export function readUint(bytes: Uint8Array, at: number, size: 1 | 2 | 3 | 4, littleEndian = false): number {
  if (at < 0 || at + size > bytes.length) return Number.NaN;
  let value = 0;
  for (let i = 0; i < size; i++) {
    const byte = bytes[littleEndian ? at + size - 1 - i : at + i] ?? 0;
    value = value * 256 + byte;
  }
  return value;
}

export const fourcc = (bytes: Uint8Array, at: number): string =>
  String.fromCharCode(...bytes.subarray(at, Math.min(at + 4, bytes.length)));

/** A header is only trusted when both sides are positive whole numbers. */
export const validDimensions = (d: Dimensions | null): d is Dimensions =>
  d !== null && Number.isInteger(d.width) && Number.isInteger(d.height) && d.width > 0 && d.height > 0;
