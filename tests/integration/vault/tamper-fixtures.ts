import { HEADER_BYTES } from '../../../main/core/crypto/chunked-seal.ts';
import { AppError } from '../../../main/core/errors.ts';

/** The AppError code a call ends with ('no error' when it succeeds); anything else is rethrown. */
export async function codeOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
    return 'no error';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** A copy of `bytes` with one byte XORed with `mask`. */
export function flipped(bytes: Uint8Array, position: number, mask = 0x01): Buffer {
  const out = Buffer.from(bytes);
  out[position] = out[position]! ^ mask;
  return out;
}

/** Where each part of one sealed chunk sits in an encrypted file (AES-GCM: nonce ‖ ciphertext ‖ tag). */
export interface ChunkSpan {
  start: number;
  end: number;
  nonce: [number, number];
  ciphertext: [number, number];
  tag: [number, number];
}

/**
 * The chunks of a file in the vault's encrypted-file format (main/core/crypto/chunked-seal.ts), read from
 * its 25-byte header, so tests can aim a change at one region instead of at a guessed offset.
 */
export function chunkSpans(file: Buffer): ChunkSpan[] {
  const sealed = file.readUInt32BE(21) + 28;
  const spans: ChunkSpan[] = [];
  for (let start = HEADER_BYTES; start < file.length; start += sealed) {
    const end = Math.min(start + sealed, file.length);
    spans.push({
      start,
      end,
      nonce: [start, start + 12],
      ciphertext: [start + 12, end - 16],
      tag: [end - 16, end],
    });
  }
  return spans;
}

/** Every position in [from, to). */
export function positions([from, to]: [number, number]): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** Posts one call to the browser door the way the page does; returns the raw HTTP answer. */
export async function callOverHttp(
  server: { port: number; token: string },
  name: string,
  input: unknown,
): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/call`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: `http://127.0.0.1:${server.port}`,
      Authorization: `Bearer ${server.token}`,
    },
    body: JSON.stringify({ name, input }),
  });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}
