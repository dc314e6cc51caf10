import { AppError } from '../errors.ts';

/** Largest portal export we read; real C-CDA and FHIR exports are a few MB at most. */
export const MAX_PORTAL_BYTES = 50 * 1024 * 1024;

/**
 * Turns the file's bytes into text: honours a UTF-8/UTF-16 byte-order mark, then an XML declaration's
 * `encoding` (some vendors export ISO-8859-1), and otherwise reads UTF-8. Refuses files over the size limit
 * before decoding anything.
 */
export function decodePortalText(bytes: Uint8Array): string {
  if (bytes.length > MAX_PORTAL_BYTES) {
    throw new AppError(
      'FILE_REFUSED',
      'This file is too large to be a patient-portal export (the limit is 50 MB). Check that you picked the right file.',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeWith('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  return decodeWith(declaredXmlEncoding(bytes) ?? 'utf-8', bytes);
}

function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeWith(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An encoding name we do not know: UTF-8 is what nearly every export really uses.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
