import { probeAudio } from './audio/audio-probe.ts';
import { AUDIO_FORMATS } from './audio/audio-info.ts';
import { MAX_PORTAL_BYTES } from '../portal/text-decode.ts';
import { REASONS } from './refusal.ts';

/** What a file really is, judged by its bytes alone (never its name). */
export type FileKind =
  | 'pdf'
  | 'jpeg'
  | 'png'
  | 'tiff'
  | 'webp'
  | 'heic'
  | 'text'
  | 'ccda'
  | 'fhir-json'
  | 'fhir-ndjson'
  | 'audio'
  | 'unsupported';

/** Result of sniffing: the kind, its MIME type, and for unsupported files the plain-language reason. */
export interface SniffResult {
  kind: FileKind;
  mime: string;
  reason?: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

// HEIF brands that phones and cameras write for still pictures (HEVC-coded).
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

const PROGRAM_SIGNATURES: readonly (readonly number[])[] = [
  [0x4d, 0x5a], // MZ: Windows .exe/.dll
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal / Java class
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];

const ARCHIVE_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip (and docx/xlsx)
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21], // rar
];

function sniffHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0),
    256,
  );
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  // AVIF shares the container but not the codec; only HEVC stills are HEIC.
  if (brands.includes('avif') || brands.includes('avis')) return false;
  return brands.some((b) => HEIF_BRANDS.has(b));
}

/**
 * The text of a text file, or null when it is not one: valid UTF-8 — or UTF-16 when a byte-order mark
 * says so (Windows Notepad's "Unicode", some older C-CDA exporters) — with no binary control characters
 * (tab, newlines and form feed allowed). A leading byte-order mark is dropped. With `partial`, the bytes
 * are the beginning of a longer file, so a character cut off at the end is not counted as an error.
 */
export function decodeTextFile(bytes: Uint8Array, partial = false): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- detecting control characters is the point
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) ? null : text;
}

/**
 * The root element of an XML document is ClinicalDocument in the HL7 v3 namespace. A DOCTYPE's internal
 * subset (`[ … ]`, where entities are declared) is skipped too, so a C-CDA that declares entities is
 * recognised as one — and then refused by the portal reader for declaring them — instead of being
 * stored as plain text.
 */
function isClinicalDocument(xml: string): boolean {
  const body = xml.replace(
    /^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\]\s*)?>))*\s*/i,
    '',
  );
  const start = /^<(?:([\w.-]+):)?ClinicalDocument\b([^>]*)>/.exec(body);
  if (!start) return false;
  const prefix = start[1];
  const attributes = start[2] ?? '';
  const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
  return new RegExp(`${declaration}\\s*=\\s*["']urn:hl7-org:v3["']`).test(attributes);
}

const isFhirResource = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { resourceType?: unknown }).resourceType === 'string';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sniffText(text: string): SniffResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('<') && isClinicalDocument(trimmed))
    return { kind: 'ccda', mime: 'application/xml' };
  if (trimmed.startsWith('{')) {
    if (isFhirResource(parseJson(trimmed))) return { kind: 'fhir-json', mime: 'application/fhir+json' };
    const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => isFhirResource(parseJson(line)))) {
      return { kind: 'fhir-ndjson', mime: 'application/fhir+ndjson' };
    }
  }
  return { kind: 'text', mime: 'text/plain' };
}

/** Identifies a file by its magic bytes; an unreadable kind comes back as 'unsupported' with a reason. */
export function sniffFileType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0)
    return { kind: 'unsupported', mime: 'application/octet-stream', reason: REASONS.empty };
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'pdf', mime: 'application/pdf' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'png', mime: 'image/png' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'tiff', mime: 'image/tiff' };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return { kind: 'webp', mime: 'image/webp' };
  if (sniffHeif(bytes)) return { kind: 'heic', mime: 'image/heic' };
  // After HEIF: MP4 audio shares its container, and only the brands and tracks tell them apart.
  const audio = probeAudio(bytes);
  if (audio && 'video' in audio)
    return { kind: 'unsupported', mime: 'application/octet-stream', reason: REASONS.video };
  if (audio) return { kind: 'audio', mime: AUDIO_FORMATS[audio.format].mime };
  // Some PDF writers put a little junk before the header (the spec tolerates it within the first kilobyte).
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { kind: 'pdf', mime: 'application/pdf' };
  if (PROGRAM_SIGNATURES.some((sig) => startsWith(bytes, sig))) {
    return { kind: 'unsupported', mime: 'application/octet-stream', reason: REASONS.program };
  }
  if (ARCHIVE_SIGNATURES.some((sig) => startsWith(bytes, sig))) {
    return { kind: 'unsupported', mime: 'application/octet-stream', reason: REASONS.archive };
  }
  // A text file longer than any portal export is judged by its beginning: decoding and parsing hundreds of
  // megabytes only to refuse them (check-limits bounds plain text far lower) would cost gigabytes of memory.
  if (bytes.length > MAX_PORTAL_BYTES) {
    return decodeTextFile(bytes.subarray(0, 64 * 1024), true) !== null
      ? { kind: 'text', mime: 'text/plain' }
      : { kind: 'unsupported', mime: 'application/octet-stream', reason: REASONS.unknown };
  }
  const text = decodeTextFile(bytes);
  if (text !== null) return sniffText(text);
  return { kind: 'unsupported', mime: 'application/octet-stream', reason: REASONS.unknown };
}
