import { open, seal, SEAL_OVERHEAD } from './aead.ts';

/**
 * The encrypted-file format shared by documents and backups: a 25-byte header (magic, version, file id,
 * chunk size) followed by AES-GCM chunks. Every chunk's associated data binds the caller's context (the
 * vault id), the header (so the file id and chunk size can't be swapped), the chunk's index (reordering and
 * swapping fail) and whether it is the last chunk (truncating at a chunk boundary fails).
 */
const MAGIC = Buffer.from('CBF1');
const VERSION = 1;
export const HEADER_BYTES = 4 + 1 + 16 + 4;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

/** Raised for any mismatch; callers turn it into a user-facing AppError for their kind of file. */
export class ChunkIntegrityError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ChunkIntegrityError';
  }
}

function makeHeader(fileId: Uint8Array, chunkBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header[4] = VERSION;
  Buffer.from(fileId).copy(header, 5);
  header.writeUInt32BE(chunkBytes, 21);
  return header;
}

function chunkAad(context: Uint8Array, header: Uint8Array, index: number, final: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail[4] = final ? 1 : 0;
  return Buffer.concat([context, header, tail]);
}

/** Streaming encryption: push plaintext in any sizes, then finish; each call returns bytes to write. */
export class ChunkSealer {
  private readonly key: Uint8Array;
  private readonly context: Uint8Array;
  private readonly chunkBytes: number;
  private readonly header: Buffer;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  private started = false;

  constructor(key: Uint8Array, context: Uint8Array, fileId: Uint8Array, chunkBytes = DEFAULT_CHUNK_BYTES) {
    if (fileId.length !== 16) throw new Error('fileId must be 16 bytes');
    this.key = key;
    this.context = context;
    this.chunkBytes = chunkBytes;
    this.header = makeHeader(fileId, chunkBytes);
  }

  push(data: Uint8Array): Buffer[] {
    const out: Buffer[] = this.takeHeader();
    this.pending.push(Buffer.from(data));
    this.pendingBytes += data.length;
    // Keep at least one byte back: only finish() knows which chunk is final.
    while (this.pendingBytes > this.chunkBytes) {
      const all = Buffer.concat(this.pending);
      out.push(this.sealChunk(all.subarray(0, this.chunkBytes), false));
      this.pending = [all.subarray(this.chunkBytes)];
      this.pendingBytes = all.length - this.chunkBytes;
    }
    return out;
  }

  finish(): Buffer[] {
    const out = this.takeHeader();
    out.push(this.sealChunk(Buffer.concat(this.pending), true));
    this.pending = [];
    this.pendingBytes = 0;
    return out;
  }

  private takeHeader(): Buffer[] {
    if (this.started) return [];
    this.started = true;
    return [this.header];
  }

  private sealChunk(plain: Buffer, final: boolean): Buffer {
    return seal(this.key, plain, chunkAad(this.context, this.header, this.index++, final));
  }
}

/** Encrypts a whole buffer into the chunked format (one array of parts, ready for an atomic write). */
export function sealAll(
  key: Uint8Array,
  context: Uint8Array,
  fileId: Uint8Array,
  plain: Uint8Array,
): Buffer[] {
  const sealer = new ChunkSealer(key, context, fileId);
  return [...sealer.push(plain), ...sealer.finish()];
}

/** Reads the file id from a sealed file's header (checked again by every chunk's tag). */
export function readSealedHeader(bytes: Uint8Array): { fileId: Buffer; chunkBytes: number } {
  if (
    bytes.length < HEADER_BYTES ||
    !Buffer.from(bytes.subarray(0, 4)).equals(MAGIC) ||
    bytes[4] !== VERSION
  ) {
    throw new ChunkIntegrityError('header');
  }
  const header = Buffer.from(bytes.subarray(0, HEADER_BYTES));
  const chunkBytes = header.readUInt32BE(21);
  if (chunkBytes < 1 || chunkBytes > 16 * 1024 * 1024) throw new ChunkIntegrityError('chunk size');
  return { fileId: header.subarray(5, 21), chunkBytes };
}

/**
 * Streaming decryption over a reader that returns up to `n` bytes (fewer only at the end). Yields each
 * chunk's plaintext after its tag is verified, so no unverified byte ever reaches the caller.
 */
export function* openChunks(
  key: Uint8Array,
  context: Uint8Array,
  read: (n: number) => Buffer,
): Generator<Buffer, void, void> {
  const header = read(HEADER_BYTES);
  const { chunkBytes } = readSealedHeader(header);
  const sealedChunk = chunkBytes + SEAL_OVERHEAD;
  let index = 0;
  let current = read(sealedChunk);
  for (;;) {
    const next = current.length === sealedChunk ? read(sealedChunk) : Buffer.alloc(0);
    const final = next.length === 0;
    if (current.length < SEAL_OVERHEAD) throw new ChunkIntegrityError('truncated');
    const plain = open(key, current, chunkAad(context, header, index, final));
    if (!plain) throw new ChunkIntegrityError(`chunk ${index}`);
    yield plain;
    if (final) return;
    index++;
    current = next;
  }
}

/** Decrypts a whole sealed buffer. */
export function openAll(key: Uint8Array, context: Uint8Array, sealed: Uint8Array): Buffer {
  let offset = 0;
  const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const read = (n: number): Buffer => {
    const part = buf.subarray(offset, offset + n);
    offset += part.length;
    return part;
  };
  return Buffer.concat([...openChunks(key, context, read)]);
}
