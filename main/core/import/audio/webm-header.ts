import { readUint } from '../headers/dimensions.ts';
import { recordingDay, validDuration, type ContainerProbe } from './audio-info.ts';

/** One EBML element: its id (marker bits kept, as the spec writes ids), where its body lies. */
interface Element {
  id: number;
  body: number;
  /** Offset just past the element; the end of its parent when the size is "unknown" (live recordings). */
  end: number;
}

const EBML = 0x1a45dfa3;
const DOC_TYPE = 0x4282;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMESTAMP_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const DATE_UTC = 0x4461;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const TRACK_TYPE = 0x83;
const CLUSTER = 0x1f43b675;
const VIDEO_TRACK = 1;
const AUDIO_TRACK = 2;
/** Matroska dates count nanoseconds from 2001-01-01T00:00:00 UTC. */
const MATROSKA_EPOCH_MS = Date.UTC(2001, 0, 1);

/** A variable-length integer: its value (marker bit removed unless `keepMarker`) and its length. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let unknown = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!;
    unknown &&= bytes[at + i] === 0xff;
  }
  return { value: !keepMarker && unknown ? -1 : value, length };
}

function* elements(bytes: Uint8Array, from: number, to: number): Generator<Element> {
  let at = from;
  while (at < to) {
    const id = vint(bytes, at, true);
    const size = id && vint(bytes, at + id.length, false);
    if (!id || !size || id.length > 4) return;
    const body = at + id.length + size.length;
    // A size past the end is a recording cut short: what is there is still read.
    const end = size.value < 0 ? to : Math.min(body + size.value, to);
    if (body > to) return;
    yield { id: id.value, body, end };
    at = end;
  }
}

const uint = (bytes: Uint8Array, e: Element): number =>
  e.end - e.body > 8 ? Number.NaN : [...bytes.subarray(e.body, e.end)].reduce((sum, b) => sum * 256 + b, 0);

function float(bytes: Uint8Array, e: Element): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + e.body, e.end - e.body);
  if (e.end - e.body === 4) return view.getFloat32(0);
  return e.end - e.body === 8 ? view.getFloat64(0) : Number.NaN;
}

function signed64(bytes: Uint8Array, e: Element): number {
  if (e.end - e.body !== 8) return Number.NaN;
  return Number(new DataView(bytes.buffer, bytes.byteOffset + e.body, 8).getBigInt64(0));
}

/** The kinds of tracks in a Tracks element. */
function trackTypes(bytes: Uint8Array, tracks: Element): Set<number> {
  const types = new Set<number>();
  for (const entry of elements(bytes, tracks.body, tracks.end)) {
    if (entry.id !== TRACK_ENTRY) continue;
    for (const field of elements(bytes, entry.body, entry.end))
      if (field.id === TRACK_TYPE) types.add(uint(bytes, field));
  }
  return types;
}

/**
 * WebM: the EBML header must name the "webm" document type; the Segment's Tracks say whether it holds
 * sound only (a video track makes it a video) and its Info gives the duration and the recording date.
 * The walk stops at the first Cluster (the sound itself), so it reads only the first few hundred bytes.
 */
export function probeWebm(bytes: Uint8Array): ContainerProbe {
  if (readUint(bytes, 0, 4) !== EBML) return null;
  const top = [...elements(bytes, 0, bytes.length)];
  const header = top[0];
  const docType = header && [...elements(bytes, header.body, header.end)].find((e) => e.id === DOC_TYPE);
  if (!docType || String.fromCharCode(...bytes.subarray(docType.body, docType.end)) !== 'webm') return null;
  const segment = top.find((e) => e.id === SEGMENT);
  if (!segment) return null;
  let scale = 1_000_000;
  let duration = Number.NaN;
  let recordedOn: string | null = null;
  let types = new Set<number>();
  for (const child of elements(bytes, segment.body, segment.end)) {
    if (child.id === CLUSTER) break;
    if (child.id === TRACKS) types = trackTypes(bytes, child);
    if (child.id !== INFO) continue;
    for (const field of elements(bytes, child.body, child.end)) {
      if (field.id === TIMESTAMP_SCALE) scale = uint(bytes, field);
      else if (field.id === DURATION) duration = float(bytes, field);
      else if (field.id === DATE_UTC)
        recordedOn = recordingDay(MATROSKA_EPOCH_MS + signed64(bytes, field) / 1e6);
    }
  }
  if (types.has(VIDEO_TRACK)) return { video: true };
  if (!types.has(AUDIO_TRACK)) return null;
  return { format: 'webm', durationSeconds: validDuration((duration * scale) / 1e9), recordedOn };
}
