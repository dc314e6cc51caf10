import { createRequire } from 'node:module';
import { REASONS, refuse } from '../refusal.ts';

/** Decoded RGBA pixels of a HEIC picture's primary image. */
export interface DecodedHeic {
  rgba: Uint8Array;
  width: number;
  height: number;
}

interface HeifImage {
  get_width(): number;
  get_height(): number;
  display(
    target: { data: Uint8ClampedArray; width: number; height: number },
    done: (result: unknown) => void,
  ): void;
  free?(): void;
}
interface LibHeif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
}

let libheif: LibHeif | null = null;

/**
 * Decodes HEIC (HEVC-coded HEIF, what iPhones save) with libheif compiled to WebAssembly: sharp's
 * prebuilt libvips has no HEVC decoder. The wasm is bundled inside the module, so nothing is fetched.
 */
export async function decodeHeic(bytes: Uint8Array): Promise<DecodedHeic> {
  libheif ??= createRequire(import.meta.url)('libheif-js/wasm-bundle') as LibHeif;
  let images: HeifImage[];
  try {
    images = new libheif.HeifDecoder().decode(bytes);
  } catch (error) {
    throw refuse(REASONS.heicUnsupported, error);
  }
  const primary = images[0];
  if (!primary) throw refuse(REASONS.heicUnsupported);
  try {
    const width = primary.get_width();
    const height = primary.get_height();
    const data = new Uint8ClampedArray(width * height * 4);
    const ok = await new Promise<boolean>((resolve) =>
      primary.display({ data, width, height }, (r) => resolve(!!r)),
    );
    if (!ok) throw refuse(REASONS.heicUnsupported);
    return { rgba: new Uint8Array(data.buffer), width, height };
  } finally {
    for (const image of images) image.free?.();
  }
}
