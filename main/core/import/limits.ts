/** Bounds applied to every untrusted file before anything is decoded (DESIGN.md §4). */
export interface ImportLimits {
  /** Largest file accepted, in bytes (audio recordings have their own limit). */
  maxFileBytes: number;
  /** Largest audio recording accepted, in bytes: an hour of uncompressed WAV is about 600 MB. */
  maxAudioBytes: number;
  /** Largest picture (or one frame/page of it), in pixels. */
  maxPixels: number;
  /** Most pages in one PDF or multi-page TIFF. */
  maxPages: number;
  /** Longest a whole PDF may take to parse and read before it is given up on, in milliseconds. */
  pdfTimeoutMs: number;
  /** Longest one PDF page may take to read or render, in milliseconds. */
  pageTimeoutMs: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxAudioBytes: 500 * 1024 * 1024,
  maxPixels: 100_000_000,
  maxPages: 500,
  pdfTimeoutMs: 30 * 60_000,
  pageTimeoutMs: 60_000,
});

/** Fills in defaults; callers may only lower a limit, never raise it above the default. */
export function resolveLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  const pick = (key: keyof ImportLimits): number => {
    const value = overrides[key];
    const fallback = DEFAULT_IMPORT_LIMITS[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0
      ? Math.min(value, fallback)
      : fallback;
  };
  return {
    maxFileBytes: pick('maxFileBytes'),
    maxAudioBytes: pick('maxAudioBytes'),
    maxPixels: pick('maxPixels'),
    maxPages: pick('maxPages'),
    pdfTimeoutMs: pick('pdfTimeoutMs'),
    pageTimeoutMs: pick('pageTimeoutMs'),
  };
}

/** The largest file of any kind the limits let in (what a door may read before the kind is known). */
export function largestFileBytes(limits: ImportLimits): number {
  return Math.max(limits.maxFileBytes, limits.maxAudioBytes);
}
