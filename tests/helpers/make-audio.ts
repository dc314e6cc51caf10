/**
 * Small, structurally valid audio files built byte by byte for the tests (no encoder needed): their
 * headers are what real recorders write; the sound itself is a quiet tone (WAV) or silence.
 */

const u16le = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const ascii = (text: string) => Buffer.from(text, 'latin1');

/** A PCM WAV (16-bit mono) of `seconds` with a 440 Hz tone, optionally with a broadcast-WAV recording day. */
export function wavFile(seconds: number, options: { sampleRate?: number; recordedOn?: string } = {}): Buffer {
  const rate = options.sampleRate ?? 8000;
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++)
    data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const fmt = Buffer.concat([u16le(1), u16le(1), u32le(rate), u32le(rate * 2), u16le(2), u16le(16)]);
  const chunks = [Buffer.concat([ascii('fmt '), u32le(fmt.length), fmt])];
  if (options.recordedOn) {
    const bext = Buffer.alloc(602);
    ascii(options.recordedOn).copy(bext, 320);
    chunks.unshift(Buffer.concat([ascii('bext'), u32le(bext.length), bext]));
  }
  chunks.push(Buffer.concat([ascii('data'), u32le(data.length), data]));
  const body = Buffer.concat([ascii('WAVE'), ...chunks]);
  return Buffer.concat([ascii('RIFF'), u32le(body.length), body]);
}

/**
 * An MP3: `frames` MPEG-1 Layer III frames at 128 kbit/s, 44.1 kHz, stereo (417 bytes each, silent), after
 * an optional ID3v2 tag; with `xing`, the first frame carries a Xing header giving the frame count.
 */
export function mp3File(frames: number, options: { id3?: boolean; xing?: boolean } = {}): Buffer {
  const frame = () => {
    const f = Buffer.alloc(417);
    f.set([0xff, 0xfb, 0x90, 0x00]);
    return f;
  };
  const all = Array.from({ length: frames }, frame);
  if (options.xing && all[0]) {
    // 4-byte header, 32 bytes of side information (MPEG-1 stereo), then the tag.
    ascii('Xing').copy(all[0], 36);
    u32be(1).copy(all[0], 40);
    u32be(frames).copy(all[0], 44);
  }
  const tag = options.id3
    ? Buffer.concat([ascii('ID3'), Buffer.from([4, 0, 0, 0, 0, 1, 0]), Buffer.alloc(128)]) // 128-byte body
    : Buffer.alloc(0);
  return Buffer.concat([tag, ...all]);
}

/** Raw AAC: `frames` ADTS frames (44.1 kHz, stereo, 1024 samples and 100 bytes each). */
export function adtsFile(frames: number): Buffer {
  const length = 100;
  const frame = Buffer.alloc(length);
  frame.set([
    0xff,
    0xf1,
    0x50,
    0x80 | (length >> 11),
    (length >> 3) & 0xff,
    ((length & 7) << 5) | 0x1f,
    0xfc,
  ]);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  return Buffer.concat([u32be(8 + body.length), ascii(type), body]);
}

/** A track whose media handler is `handler` ('soun' for sound, 'vide' for pictures). */
function track(handler: string): Buffer {
  const hdlr = Buffer.concat([Buffer.alloc(8), ascii(handler), Buffer.alloc(12), Buffer.from([0])]);
  return box('trak', box('mdia', box('hdlr', hdlr)));
}

/**
 * An MPEG-4 file: `ftyp` with the given brands, then (unless `moovFirst` is false, as when recorders write it
 * last) the movie box with a version-0 `mvhd` — length and creation time — and one track per handler.
 */
export function mp4File(options: {
  brands: string[];
  handlers: string[];
  seconds: number;
  createdAt?: Date;
  moovLast?: boolean;
}): Buffer {
  const [major = 'isom', ...compatible] = options.brands;
  const ftyp = box('ftyp', ascii(major), u32be(0), ...[major, ...compatible].map(ascii));
  const created = options.createdAt ? Math.floor(options.createdAt.getTime() / 1000) + 2_082_844_800 : 0;
  const mvhd = box(
    'mvhd',
    Buffer.alloc(4),
    u32be(created),
    u32be(created),
    u32be(1000),
    u32be(Math.round(options.seconds * 1000)),
    Buffer.alloc(80),
  );
  const moov = box('moov', mvhd, ...options.handlers.map(track));
  const mdat = box('mdat', Buffer.alloc(256));
  return Buffer.concat(options.moovLast ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
}

/** One Ogg page (the CRC is left zero: readers of the header alone do not check it). */
function oggPage(flags: number, granule: bigint, serial: number, sequence: number, packet: Buffer): Buffer {
  const header = Buffer.alloc(27);
  ascii('OggS').copy(header, 0);
  header[5] = flags;
  header.writeBigInt64LE(granule, 6);
  header.writeUInt32LE(serial, 14);
  header.writeUInt32LE(sequence, 18);
  const lacing: number[] = [];
  let rest = packet.length;
  while (rest >= 255) {
    lacing.push(255);
    rest -= 255;
  }
  lacing.push(rest);
  header[26] = lacing.length;
  return Buffer.concat([header, Buffer.from(lacing), packet]);
}

/** An Ogg Opus file whose last page ends `seconds` in (after 312 samples of pre-skip, as encoders write). */
export function oggOpusFile(seconds: number): Buffer {
  const serial = 0x1234;
  const head = Buffer.concat([
    ascii('OpusHead'),
    Buffer.from([1, 1]),
    u16le(312),
    u32le(48000),
    u16le(0),
    Buffer.from([0]),
  ]);
  const tags = Buffer.concat([ascii('OpusTags'), u32le(4), ascii('test'), u32le(0)]);
  const end = BigInt(Math.round(seconds * 48000) + 312);
  return Buffer.concat([
    oggPage(0x02, 0n, serial, 0, head),
    oggPage(0x00, 0n, serial, 1, tags),
    oggPage(0x00, end / 2n, serial, 2, Buffer.alloc(300)),
    oggPage(0x04, end, serial, 3, Buffer.alloc(300)),
  ]);
}

/** An Ogg file whose first stream is Theora (a video). */
export function oggTheoraFile(): Buffer {
  return oggPage(0x02, 0n, 7, 0, Buffer.concat([Buffer.from([0x80]), ascii('theora'), Buffer.alloc(34)]));
}

function ebml(id: number[], body: Buffer, unknownSize = false): Buffer {
  // Sizes as 8-byte variable-length integers; all ones means "unknown" (a live recording's Segment).
  const size = Buffer.from([0x01, 0, 0, 0, 0, 0, 0, 0]);
  if (unknownSize) size.fill(0xff, 1);
  else size.writeUIntBE(body.length, 2, 6);
  return Buffer.concat([Buffer.from(id), size, body]);
}

/**
 * A WebM file with the given track types (1 video, 2 audio) inside a Segment of unknown size (as
 * browsers' MediaRecorder writes it), with a Duration in Info unless `duration` is null.
 */
export function webmFile(options: { trackTypes: number[]; durationMs: number | null; date?: Date }): Buffer {
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], ebml([0x42, 0x82], ascii('webm')));
  const durationField = Buffer.alloc(8);
  if (options.durationMs !== null) durationField.writeDoubleBE(options.durationMs);
  const dateField = Buffer.alloc(8);
  if (options.date)
    dateField.writeBigInt64BE(BigInt(options.date.getTime() - Date.UTC(2001, 0, 1)) * 1_000_000n);
  const info = ebml(
    [0x15, 0x49, 0xa9, 0x66],
    Buffer.concat([
      ebml([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])),
      ...(options.durationMs !== null ? [ebml([0x44, 0x89], durationField)] : []),
      ...(options.date ? [ebml([0x44, 0x61], dateField)] : []),
    ]),
  );
  const tracks = ebml(
    [0x16, 0x54, 0xae, 0x6b],
    Buffer.concat(options.trackTypes.map((t) => ebml([0xae], ebml([0x83], Buffer.from([t]))))),
  );
  const cluster = ebml([0x1f, 0x43, 0xb6, 0x75], Buffer.alloc(64), true);
  return Buffer.concat([
    header,
    ebml([0x18, 0x53, 0x80, 0x67], Buffer.concat([info, tracks, cluster]), true),
  ]);
}
