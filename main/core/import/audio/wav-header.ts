import { fourcc, readUint } from '../headers/dimensions.ts';
import { recordingDay, validDuration, type ContainerProbe } from './audio-info.ts';

/** Broadcast WAV keeps the recording day in its `bext` chunk, 320 bytes in, as "yyyy-mm-dd". */
const BEXT_DATE_AT = 320;

/**
 * WAV: a RIFF file of type WAVE with a `fmt ` chunk. The duration is the `data` chunk's size over the
 * byte rate (clamped to the bytes present, for recordings cut short); broadcast WAV's `bext` chunk gives
 * the recording day.
 */
export function probeWav(bytes: Uint8Array): ContainerProbe {
  if (fourcc(bytes, 0) !== 'RIFF' || fourcc(bytes, 8) !== 'WAVE') return null;
  let byteRate: number | null = null;
  let dataBytes: number | null = null;
  let recordedOn: string | null = null;
  // Chunks are padded to an even length.
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = fourcc(bytes, at);
    const size = readUint(bytes, at + 4, 4, true);
    const body = at + 8;
    if (id === 'fmt ') byteRate = readUint(bytes, body + 8, 4, true);
    else if (id === 'data') dataBytes = Math.min(size, bytes.length - body);
    else if (id === 'bext' && size >= BEXT_DATE_AT + 10) {
      const day = String.fromCharCode(...bytes.subarray(body + BEXT_DATE_AT, body + BEXT_DATE_AT + 10));
      // Recorders write the separators as '-', ':', '.', '/' or ' '.
      const match = /^(\d{4})\D(0[1-9]|1[0-2])\D(0[1-9]|[12]\d|3[01])$/.exec(day);
      if (match) recordedOn = recordingDay(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
    }
    if (dataBytes !== null && byteRate !== null) break;
    at = body + size + (size % 2);
  }
  if (byteRate === null) return null;
  const durationSeconds = dataBytes !== null && byteRate > 0 ? validDuration(dataBytes / byteRate) : null;
  return { format: 'wav', durationSeconds, recordedOn };
}
