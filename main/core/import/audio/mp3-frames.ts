import { fourcc, readUint } from '../headers/dimensions.ts';
import { validDuration, type ContainerProbe } from './audio-info.ts';

/** One MPEG audio Layer III frame header, decoded. */
interface FrameHeader {
  /** 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5. */
  version: number;
  sampleRate: number;
  bitrateKbps: number;
  mono: boolean;
  /** Bytes of the whole frame, header included. */
  length: number;
  samples: number;
}

const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** Decodes a Layer III frame header at `at`; null for anything else (other layers, reserved values). */
function frameAt(bytes: Uint8Array, at: number): FrameHeader | null {
  if (at + 4 > bytes.length || bytes[at] !== 0xff) return null;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if ((b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  if (version === 1 || layer !== 1) return null;
  const bitrateKbps = (version === 3 ? BITRATES_V1 : BITRATES_V2)[b2 >> 4] ?? 0;
  const sampleRate = SAMPLE_RATES[version]?.[(b2 >> 2) & 3];
  // Free-format (index 0) and the forbidden index 15 are not accepted: their frame length is unknown.
  if (!bitrateKbps || !sampleRate) return null;
  const padding = (b2 >> 1) & 1;
  const perFrame = version === 3 ? 1152 : 576;
  const length = Math.floor(((perFrame / 8) * bitrateKbps * 1000) / sampleRate) + padding;
  return { version, sampleRate, bitrateKbps, mono: bytes[at + 3]! >> 6 === 3, length, samples: perFrame };
}

/** Where the sound starts: after any ID3v2 tags (syncsafe sizes, an optional footer). */
function skipId3(bytes: Uint8Array): number {
  let at = 0;
  while (fourcc(bytes, at).startsWith('ID3') && at + 10 <= bytes.length) {
    const size = [6, 7, 8, 9].reduce((sum, i) => sum * 128 + (bytes[at + i]! & 0x7f), 0);
    const footer = bytes[at + 5]! & 0x10 ? 10 : 0;
    at += 10 + size + footer;
  }
  return at;
}

// Encoders may pad the gap between the tag and the first frame; this is as far as it is searched.
const MAX_GAP = 64 * 1024;

/** True when an ID3v1 tag (the last 128 bytes, starting "TAG") begins at `at`. */
const id3v1At = (bytes: Uint8Array, at: number): boolean =>
  at === bytes.length - 128 && fourcc(bytes, at).startsWith('TAG');

/** The first frame followed by another of the same stream, or by the end of the file, where its length says. */
function firstFrame(bytes: Uint8Array, from: number, search: boolean): (FrameHeader & { at: number }) | null {
  const last = search ? Math.min(bytes.length - 4, from + MAX_GAP) : from;
  for (let at = from; at <= last; at++) {
    const frame = frameAt(bytes, at);
    if (!frame) continue;
    const next = at + frame.length;
    const following = frameAt(bytes, next);
    const sameStream =
      following !== null && following.version === frame.version && following.sampleRate === frame.sampleRate;
    if (sameStream || next === bytes.length || id3v1At(bytes, next)) return { ...frame, at };
  }
  return null;
}

/**
 * MP3: optional ID3v2 tags, then Layer III frames. Two frames in a row must agree before the file is
 * believed (a lone 0xFFE sync pattern appears in plenty of other data). The duration comes from a
 * Xing/Info header's frame count when the encoder wrote one, else from the bitrate (exact for CBR).
 */
export function probeMp3(bytes: Uint8Array): ContainerProbe {
  const start = skipId3(bytes);
  const frame = firstFrame(bytes, start, start > 0);
  if (!frame) return null;
  const sideInfo = frame.version === 3 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17;
  const tagAt = frame.at + 4 + sideInfo;
  const tag = fourcc(bytes, tagAt);
  const counted = (tag === 'Xing' || tag === 'Info') && readUint(bytes, tagAt + 4, 4) & 1;
  const trailer = id3v1At(bytes, bytes.length - 128) ? 128 : 0;
  const durationSeconds = counted
    ? validDuration((readUint(bytes, tagAt + 8, 4) * frame.samples) / frame.sampleRate)
    : validDuration(((bytes.length - frame.at - trailer) * 8) / (frame.bitrateKbps * 1000));
  return { format: 'mp3', durationSeconds, recordedOn: null };
}
