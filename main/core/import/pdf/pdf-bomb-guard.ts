import { inflatedSize } from '../headers/inflate-bound.ts';

/**
 * Largest one compressed PDF stream may inflate to. It matches what the PDF thread's memory watchdog
 * (pdf-source.ts) lets pdf.js hold, so a file refused here would be stopped there too — only later, after
 * costing hundreds of megabytes. A 600 dpi colour page (about 100 MB of pixels) fits.
 */
export const MAX_PDF_STREAM_BYTES = 128 * 1024 * 1024;

// Checking stops after this many streams or this much output in all: a large real PDF should not pay
// for a full second decompression, and whatever is left unchecked is still guarded by the watchdog.
const MAX_STREAMS_CHECKED = 20_000;
const MAX_BYTES_CHECKED = 1024 * 1024 * 1024;

/**
 * The data of each stream in a PDF that starts with a zlib header (what /FlateDecode data begins with),
 * found by its `stream` keyword without parsing the file. Streams wrapped in another filter or encrypted
 * are not seen here; the watchdog covers those.
 */
function* zlibStreams(bytes: Buffer): Generator<Buffer> {
  let at = 0;
  for (;;) {
    const keyword = bytes.indexOf('stream', at, 'latin1');
    if (keyword < 0) return;
    at = keyword + 6;
    if (bytes.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = at;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    if (start === at) continue; // a word that merely contains "stream"
    const cmf = bytes[start] ?? 0;
    const flg = bytes[start + 1] ?? 0;
    // Deflate, window up to 32 KB, and the header check that zlib and pdf.js both insist on.
    if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || (cmf * 256 + flg) % 31 !== 0) continue;
    const end = bytes.indexOf('endstream', start, 'latin1');
    at = end < 0 ? bytes.length : end + 9;
    yield bytes.subarray(start, end < 0 ? bytes.length : end);
  }
}

/**
 * True unless a Flate stream in the PDF inflates past MAX_PDF_STREAM_BYTES — a "zip bomb" in a PDF: a
 * few megabytes whose content unpacks to gigabytes. Checked before pdf.js opens the file, by inflating
 * each stream into a counter (nothing is kept), so refusing a bomb costs a second or two of one core and
 * no memory.
 */
export async function pdfStreamsWithinBounds(bytes: Uint8Array): Promise<boolean> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let streams = 0;
  let total = 0;
  for (const data of zlibStreams(buffer)) {
    const size = await inflatedSize([data], MAX_PDF_STREAM_BYTES);
    if (size > MAX_PDF_STREAM_BYTES) return false;
    total += size;
    if (++streams >= MAX_STREAMS_CHECKED || total >= MAX_BYTES_CHECKED) return true;
  }
  return true;
}
