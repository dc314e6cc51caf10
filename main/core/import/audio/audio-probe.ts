import { fourcc } from '../headers/dimensions.ts';
import { probeAdts } from './adts-frames.ts';
import type { ContainerProbe } from './audio-info.ts';
import { probeMp3 } from './mp3-frames.ts';
import { probeMp4Audio } from './mp4-audio.ts';
import { probeOgg } from './ogg-pages.ts';
import { probeWav } from './wav-header.ts';
import { probeWebm } from './webm-header.ts';

// Each reader checks its own signature first and answers null at once when the bytes are not its format.
const READERS: readonly ((bytes: Uint8Array) => ContainerProbe)[] = [
  probeWav,
  probeOgg,
  probeWebm,
  probeMp4Audio,
  probeMp3,
  probeAdts,
];

/**
 * Identifies an audio recording by its container structure (never its name) and reads its length and
 * recording day from the headers. A video in one of these containers answers `{ video: true }`; anything
 * else null. HEIF pictures share MP4's container: callers rule them out first.
 */
export function probeAudio(bytes: Uint8Array): ContainerProbe {
  for (const read of READERS) {
    const found = read(bytes);
    if (found) return found;
  }
  return null;
}

/**
 * A quick look at a file's first bytes: could it be an audio recording? Used to decide whether a file
 * larger than the general limit may be read at all (recordings have a higher one); `probeAudio` decides.
 */
export function mayBeAudio(head: Uint8Array): boolean {
  const first = fourcc(head, 0);
  return (
    (first === 'RIFF' && fourcc(head, 8) === 'WAVE') ||
    first === 'OggS' ||
    first === '\x1a\x45\xdf\xa3' ||
    first.startsWith('ID3') ||
    fourcc(head, 4) === 'ftyp' ||
    (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)
  );
}
