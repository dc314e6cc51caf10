import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { probeAudio, mayBeAudio } from '../../../main/core/import/audio/audio-probe.ts';
import { recordingTitle } from '../../../main/core/import/audio/recording-title.ts';
import { checkLimits } from '../../../main/core/import/check-limits.ts';
import { resolveLimits } from '../../../main/core/import/limits.ts';
import { readDocument } from '../../../main/core/import/read-document.ts';
import { REASONS } from '../../../main/core/import/refusal.ts';
import { sniffFileType } from '../../../main/core/import/sniff.ts';
import type { OcrService } from '../../../main/core/ocr/ocr.types.ts';
import {
  adtsFile,
  mp3File,
  mp4File,
  oggOpusFile,
  oggTheoraFile,
  wavFile,
  webmFile,
} from '../../helpers/make-audio.ts';

const info = (bytes: Uint8Array) => {
  const probe = probeAudio(bytes);
  if (!probe || 'video' in probe) throw new Error(`not audio: ${JSON.stringify(probe)}`);
  return probe;
};

describe('audio recordings are recognised by their bytes', () => {
  it('WAV: RIFF/WAVE, length from the data chunk, day from a broadcast-WAV header', () => {
    const wav = wavFile(3, { recordedOn: '2026-03-14' });
    expect(sniffFileType(wav)).toEqual({ kind: 'audio', mime: 'audio/wav' });
    expect(info(wav)).toEqual({ format: 'wav', durationSeconds: 3, recordedOn: '2026-03-14' });
    expect(info(wavFile(1.5)).recordedOn).toBeNull();
    // WebP shares the RIFF wrapper and stays a picture.
    expect(sniffFileType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1')).kind).toBe('webp');
  });

  it('MP3: frame sync with or without ID3, length from a Xing header or the bitrate', () => {
    const plain = mp3File(200);
    expect(sniffFileType(plain)).toEqual({ kind: 'audio', mime: 'audio/mpeg' });
    // 200 frames of 417 bytes at 128 kbit/s.
    expect(info(plain).durationSeconds).toBeCloseTo((200 * 417 * 8) / 128_000, 3);
    const tagged = mp3File(1000, { id3: true, xing: true });
    expect(sniffFileType(tagged).kind).toBe('audio');
    expect(info(tagged).durationSeconds).toBeCloseTo((1000 * 1152) / 44_100, 3);
  });

  it('AAC in ADTS frames', () => {
    const aac = adtsFile(431);
    expect(sniffFileType(aac)).toEqual({ kind: 'audio', mime: 'audio/aac' });
    expect(info(aac).durationSeconds).toBeCloseTo((431 * 1024) / 44_100, 3);
  });

  it('M4A: the brands or the sound-only tracks say audio; length and day from the movie header', () => {
    const memo = mp4File({
      brands: ['M4A ', 'isom', 'mp42'],
      handlers: ['soun'],
      seconds: 754,
      createdAt: new Date('2026-02-10T15:30:00Z'),
    });
    expect(sniffFileType(memo)).toEqual({ kind: 'audio', mime: 'audio/mp4' });
    expect(info(memo)).toEqual({ format: 'm4a', durationSeconds: 754, recordedOn: '2026-02-10' });
    expect(recordingTitle(info(memo).durationSeconds)).toBe('Audio recording, 13 min');
    // Android recorders write generic brands with the movie box last: the sound track decides.
    const generic = mp4File({ brands: ['mp42', 'isom'], handlers: ['soun'], seconds: 65, moovLast: true });
    expect(info(generic)).toMatchObject({ format: 'm4a', durationSeconds: 65, recordedOn: null });
  });

  it('tells M4A from HEIC photos and from MP4 videos, which share the container', async () => {
    const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .avif()
      .toBuffer();
    const heic = Buffer.from(avif);
    heic.write('heic', 8, 'latin1');
    heic.write('mif1heic', 16, 'latin1');
    expect(sniffFileType(heic).kind).toBe('heic');
    expect(probeAudio(heic)).toBeNull();
    expect(sniffFileType(avif).kind).toBe('unsupported');

    const video = mp4File({ brands: ['isom', 'mp41'], handlers: ['vide', 'soun'], seconds: 30 });
    expect(sniffFileType(video)).toMatchObject({ kind: 'unsupported', reason: REASONS.video });
    // A generic MP4 with no tracks at all is not taken as a recording.
    const empty = mp4File({ brands: ['isom'], handlers: [], seconds: 30 });
    expect(sniffFileType(empty)).toMatchObject({ kind: 'unsupported', reason: REASONS.unknown });
  });

  it('Ogg Opus (length from the last granule position, less the pre-skip); Ogg Theora is a video', () => {
    const opus = oggOpusFile(42.5);
    expect(sniffFileType(opus)).toEqual({ kind: 'audio', mime: 'audio/ogg' });
    expect(info(opus).durationSeconds).toBeCloseTo(42.5, 3);
    expect(sniffFileType(oggTheoraFile())).toMatchObject({ kind: 'unsupported', reason: REASONS.video });
  });

  it('WebM with an audio track only; with a video track it is refused as a video', () => {
    const date = new Date('2026-01-20T09:00:00Z');
    const webm = webmFile({ trackTypes: [2], durationMs: 90_000, date });
    expect(sniffFileType(webm)).toEqual({ kind: 'audio', mime: 'audio/webm' });
    expect(info(webm)).toEqual({ format: 'webm', durationSeconds: 90, recordedOn: '2026-01-20' });
    // Browsers' MediaRecorder writes no duration: the recording is kept, its length unknown.
    expect(info(webmFile({ trackTypes: [2], durationMs: null }))).toMatchObject({ durationSeconds: null });
    expect(sniffFileType(webmFile({ trackTypes: [1, 2], durationMs: 1000 }))).toMatchObject({
      kind: 'unsupported',
      reason: REASONS.video,
    });
  });

  it('does not mistake text, UTF-16 text or random sync-like bytes for audio', () => {
    expect(sniffFileType(Buffer.from('Notes from the visit\n')).kind).toBe('text');
    expect(sniffFileType(Buffer.from('\ufeffnotes', 'utf16le')).kind).not.toBe('audio');
    expect(probeAudio(Buffer.from([0xff, 0xfb, 0x90, 0x00, 1, 2, 3]))).toBeNull();
    expect(probeAudio(Buffer.from('RIFF\0\0\0\0WAVEjunk', 'latin1'))).toBeNull();
    expect(probeAudio(Buffer.from('OggS\0\x02', 'latin1'))).toBeNull();
  });

  it('looks at the first bytes to pick the size limit, and allows recordings more than other files', async () => {
    expect(mayBeAudio(wavFile(0.1).subarray(0, 16))).toBe(true);
    expect(mayBeAudio(Buffer.from('%PDF-1.7\n'))).toBe(false);
    const limits = resolveLimits({ maxFileBytes: 1000, maxAudioBytes: 100_000 });
    const wav = wavFile(1);
    await expect(checkLimits(wav, sniffFileType(wav), limits)).resolves.toBeUndefined();
    await expect(checkLimits(wav, sniffFileType(wav), { ...limits, maxAudioBytes: 1000 })).rejects.toThrow(
      /too large/,
    );
    expect(resolveLimits().maxAudioBytes).toBe(500 * 1024 * 1024);
  });

  it('reads a recording as no pages, without OCR', async () => {
    const ocr = {
      concurrency: 1,
      recognize: () => Promise.reject(new Error('OCR must not run on audio')),
    } as unknown as OcrService;
    const result = await readDocument(wavFile(1), { ocr });
    expect(result).toEqual({ kind: 'audio', mime: 'audio/wav', pages: [] });
  });

  it('titles recordings plainly with their length', () => {
    expect(recordingTitle(null)).toBe('Audio recording');
    expect(recordingTitle(45)).toBe('Audio recording, 45 s');
    expect(recordingTitle(12 * 60 + 10)).toBe('Audio recording, 12 min');
    expect(recordingTitle(3600 + 5 * 60)).toBe('Audio recording, 1 h 5 min');
    expect(recordingTitle(7200)).toBe('Audio recording, 2 h');
  });
});
