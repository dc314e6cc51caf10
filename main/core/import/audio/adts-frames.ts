import { validDuration, type ContainerProbe } from './audio-info.ts';

const SAMPLE_RATES = [
  96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350,
];

/** One ADTS frame header: its sample rate, its length in bytes and how many samples it carries. */
function frameAt(
  bytes: Uint8Array,
  at: number,
): { sampleRate: number; length: number; samples: number } | null {
  if (at + 7 > bytes.length || bytes[at] !== 0xff) return null;
  // 12 sync bits, then the MPEG version bit, then layer bits that are always 00 in ADTS.
  if ((bytes[at + 1]! & 0xf6) !== 0xf0) return null;
  const sampleRate = SAMPLE_RATES[(bytes[at + 2]! >> 2) & 0x0f];
  const length = ((bytes[at + 3]! & 0x03) << 11) | (bytes[at + 4]! << 3) | (bytes[at + 5]! >> 5);
  const headerLength = bytes[at + 1]! & 0x01 ? 7 : 9;
  if (!sampleRate || length <= headerLength) return null;
  return { sampleRate, length, samples: 1024 * ((bytes[at + 6]! & 0x03) + 1) };
}

/**
 * Raw AAC in ADTS frames (what some voice recorders write as .aac). The first two frames must chain
 * before the file is believed; the duration is the sum of every frame's samples — a walk over frame
 * headers only, a few bytes per frame.
 */
export function probeAdts(bytes: Uint8Array): ContainerProbe {
  const first = frameAt(bytes, 0);
  if (!first) return null;
  const second = frameAt(bytes, first.length);
  if (!(second?.sampleRate === first.sampleRate || first.length === bytes.length)) return null;
  let samples = 0;
  let at = 0;
  for (let frame = frameAt(bytes, at); frame; frame = frameAt(bytes, at)) {
    samples += frame.samples;
    at += frame.length;
  }
  return { format: 'aac', durationSeconds: validDuration(samples / first.sampleRate), recordedOn: null };
}
