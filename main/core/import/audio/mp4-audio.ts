import { fourcc, readUint } from '../headers/dimensions.ts';
import { findBox, isoBoxes, type IsoBox } from '../headers/iso-boxes.ts';
import { recordingDay, validDuration, type ContainerProbe } from './audio-info.ts';

/** Brands that declare an audio-only MPEG-4 file (iTunes/Voice Memos audio, audiobooks, protected audio). */
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);
/** Seconds between the MP4 epoch (1904-01-01) and the Unix epoch. */
const MP4_EPOCH_OFFSET_S = 2_082_844_800;

/** The brands of the leading `ftyp` box (major brand and compatible brands), or null when there is none. */
function brandsOf(bytes: Uint8Array): string[] | null {
  const ftyp = isoBoxes(bytes, 0, bytes.length).next().value;
  if (!ftyp || ftyp.type !== 'ftyp') return null;
  const brands = [fourcc(bytes, ftyp.body)];
  for (let at = ftyp.body + 8; at + 4 <= ftyp.end; at += 4) brands.push(fourcc(bytes, at));
  return brands;
}

/** Each track's handler: 'soun' for sound, 'vide' for pictures, others for text, hints and metadata. */
function handlers(bytes: Uint8Array, moov: IsoBox): string[] {
  const out: string[] = [];
  for (const trak of isoBoxes(bytes, moov.body, moov.end)) {
    if (trak.type !== 'trak') continue;
    const mdia = findBox(bytes, trak.body, trak.end, 'mdia');
    const hdlr = mdia && findBox(bytes, mdia.body, mdia.end, 'hdlr');
    // A full box: version/flags, then a 4-byte pre_defined, then the handler type.
    if (hdlr) out.push(fourcc(bytes, hdlr.body + 8));
  }
  return out;
}

/** Duration and creation time from the movie header (version 0: 32-bit times, version 1: 64-bit). */
function movieHeader(bytes: Uint8Array, moov: IsoBox): { seconds: number; createdMs: number } | null {
  const mvhd = findBox(bytes, moov.body, moov.end, 'mvhd');
  if (!mvhd) return null;
  const wide = bytes[mvhd.body] === 1;
  const read = (at: number) =>
    wide ? readUint(bytes, at, 4) * 2 ** 32 + readUint(bytes, at + 4, 4) : readUint(bytes, at, 4);
  const field = wide ? 8 : 4;
  const created = read(mvhd.body + 4);
  const timescale = readUint(bytes, mvhd.body + 4 + 2 * field, 4);
  const duration = read(mvhd.body + 8 + 2 * field);
  return { seconds: duration / timescale, createdMs: (created - MP4_EPOCH_OFFSET_S) * 1000 };
}

/**
 * MPEG-4 audio (M4A, AAC in MP4): an `ftyp` box, then the movie box's tracks must be sound only — a
 * picture track makes it a video. Files that name an audio brand (M4A and kin) count as audio even when
 * the movie box cannot be found (recordings cut short). HEIF pictures share the container and are told
 * apart before this is asked. The movie header gives the length and, on phones, the recording time.
 */
export function probeMp4Audio(bytes: Uint8Array): ContainerProbe {
  const brands = brandsOf(bytes);
  if (!brands) return null;
  const audioBrand = brands.some((b) => AUDIO_BRANDS.has(b));
  const moov = findBox(bytes, 0, bytes.length, 'moov');
  const tracks = moov ? handlers(bytes, moov) : [];
  if (!audioBrand) {
    if (tracks.includes('vide')) return { video: true };
    if (!tracks.includes('soun')) return null;
  }
  const header = moov ? movieHeader(bytes, moov) : null;
  return {
    format: 'm4a',
    durationSeconds: header ? validDuration(header.seconds) : null,
    recordedOn: header ? recordingDay(header.createdMs) : null,
  };
}
