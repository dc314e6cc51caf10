import { fourcc, readUint } from '../headers/dimensions.ts';
import { validDuration, type ContainerProbe } from './audio-info.ts';

/** One Ogg page header: its stream, granule position, flags, and where its first packet starts. */
interface OggPage {
  serial: number;
  /** Granule position (null for -1: "no packet ends on this page"). */
  granule: number | null;
  beginsStream: boolean;
  body: number;
  end: number;
}

const HEADER = 27;

function pageAt(bytes: Uint8Array, at: number): OggPage | null {
  if (fourcc(bytes, at) !== 'OggS' || bytes[at + 4] !== 0 || at + HEADER > bytes.length) return null;
  const segments = bytes[at + 26]!;
  const body = at + HEADER + segments;
  if (body > bytes.length) return null;
  let size = 0;
  for (let i = 0; i < segments; i++) size += bytes[at + HEADER + i]!;
  const low = readUint(bytes, at + 6, 4, true);
  const high = readUint(bytes, at + 10, 4, true);
  return {
    serial: readUint(bytes, at + 14, 4, true),
    granule: low === 0xffffffff && high === 0xffffffff ? null : high * 2 ** 32 + low,
    beginsStream: (bytes[at + 5]! & 0x02) !== 0,
    body,
    end: body + size,
  };
}

const startsWith = (bytes: Uint8Array, at: number, text: string): boolean =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** How a stream's granule positions turn into seconds: samples at `rate`, after `skip` priming samples. */
interface Clock {
  rate: number;
  skip: number;
}

/** The codec of a stream from its first packet: a sound clock, 'video', or null (metadata streams). */
function codecOf(bytes: Uint8Array, packet: number): Clock | 'video' | null {
  if (startsWith(bytes, packet, 'OpusHead'))
    return { rate: 48000, skip: readUint(bytes, packet + 10, 2, true) };
  if (startsWith(bytes, packet, '\x01vorbis'))
    return { rate: readUint(bytes, packet + 12, 4, true), skip: 0 };
  if (startsWith(bytes, packet, '\x7fFLAC')) {
    // STREAMINFO follows the 13-byte mapping header and a 4-byte block header; the rate is 20 bits in.
    const at = packet + 27;
    return {
      rate: ((bytes[at] ?? 0) << 12) | ((bytes[at + 1] ?? 0) << 4) | ((bytes[at + 2] ?? 0) >> 4),
      skip: 0,
    };
  }
  if (startsWith(bytes, packet, 'Speex   ')) return { rate: readUint(bytes, packet + 36, 4, true), skip: 0 };
  if (startsWith(bytes, packet, '\x80theora') || startsWith(bytes, packet, '\x80daala')) return 'video';
  return null;
}

// The last page of a stream lies within its final few kilobytes; this much of the end is searched.
const TAIL = 256 * 1024;

/** The granule position of the stream's last page, found by searching back from the end of the file. */
function lastGranule(bytes: Uint8Array, serial: number): number | null {
  for (let at = bytes.length - HEADER; at >= Math.max(0, bytes.length - TAIL); at--) {
    if (bytes[at] !== 0x4f) continue;
    const page = pageAt(bytes, at);
    if (page?.serial === serial && page.granule !== null) return page.granule;
  }
  return null;
}

/**
 * Ogg (Opus, Vorbis, FLAC or Speex): the streams' first pages say which codecs they carry (a Theora
 * stream makes it a video); the duration is the audio stream's last granule position over its sample rate.
 */
export function probeOgg(bytes: Uint8Array): ContainerProbe {
  let audio: { serial: number; clock: Clock } | null = null;
  // Every stream's first page comes before any other page, so the walk stops at the first that is not one.
  for (let page = pageAt(bytes, 0); page?.beginsStream; page = pageAt(bytes, page.end)) {
    const codec = codecOf(bytes, page.body);
    if (codec === 'video') return { video: true };
    if (codec && !audio) audio = { serial: page.serial, clock: codec };
  }
  if (!audio) return null;
  const granule = lastGranule(bytes, audio.serial);
  const { rate, skip } = audio.clock;
  const durationSeconds = granule !== null && rate > 0 ? validDuration((granule - skip) / rate) : null;
  return { format: 'ogg', durationSeconds, recordedOn: null };
}
