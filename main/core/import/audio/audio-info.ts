/** The audio containers CareBinder keeps as recordings (all of them play in Chromium's <audio>). */
export type AudioFormat = 'mp3' | 'aac' | 'm4a' | 'wav' | 'ogg' | 'webm';

/** What a recording's header says, read without decoding any sound. */
export interface AudioInfo {
  format: AudioFormat;
  /** Length in seconds when the header gives it cheaply; null otherwise. */
  durationSeconds: number | null;
  /** The day the recording was made (YYYY-MM-DD, UTC) when the container records it; null otherwise. */
  recordedOn: string | null;
}

/**
 * What one container reader made of the bytes: a recording, a video (refused: CareBinder keeps sound
 * only), or null when the bytes are not its container.
 */
export type ContainerProbe = AudioInfo | { video: true } | null;

/** MIME type and file extension of each format (the export names files with the extension). */
export const AUDIO_FORMATS: Readonly<Record<AudioFormat, { mime: string; extension: string }>> = {
  mp3: { mime: 'audio/mpeg', extension: 'mp3' },
  aac: { mime: 'audio/aac', extension: 'aac' },
  m4a: { mime: 'audio/mp4', extension: 'm4a' },
  wav: { mime: 'audio/wav', extension: 'wav' },
  ogg: { mime: 'audio/ogg', extension: 'ogg' },
  webm: { mime: 'audio/webm', extension: 'webm' },
};

/** The file extension for a stored recording's MIME type (as sniffing set it). */
export function audioExtension(mime: string): string {
  return Object.values(AUDIO_FORMATS).find((f) => f.mime === mime)?.extension ?? 'audio';
}

/** A duration only when it is a real, positive length (headers of streams being written say 0 or -1). */
export function validDuration(seconds: number): number | null {
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

const EARLIEST_RECORDING = Date.UTC(2000, 0, 1);

/** A header's timestamp as a day, only when plausible (recorders with no clock write 1904 or 1970). */
export function recordingDay(epochMs: number, now = Date.now()): string | null {
  if (!Number.isFinite(epochMs) || epochMs < EARLIEST_RECORDING || epochMs > now + 86_400_000) return null;
  return new Date(epochMs).toISOString().slice(0, 10);
}
