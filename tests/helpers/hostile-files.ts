import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { MAX_TEXT_BYTES } from '../../main/core/import/check-limits.ts';
import { REASONS } from '../../main/core/import/refusal.ts';
import { zlibBomb } from '../unit/import/make-files.ts';

/**
 * Malformed and malicious files for the hostile-input suite, all generated at test time (nothing binary
 * is kept in the repository). Each carries what the import must do with it: refuse it with a specific
 * code (and usually a specific reason), store it safely, or either of the two (for damage that one
 * decoder tolerates and another does not — what matters then is that the batch goes on safely).
 */

/** What importing one hostile file must lead to. */
export type HostileExpectation =
  | { outcome: 'refused'; code: 'FILE_REFUSED' | 'INVALID_INPUT'; reason?: string | RegExp }
  | { outcome: 'stored' }
  | { outcome: 'either' };

/** One generated hostile file: its name on disk, its bytes, what must happen and why it is hostile. */
export interface HostileFile {
  name: string;
  bytes: Buffer;
  expect: HostileExpectation;
  about: string;
}

/** Values the generated files point at, so the suite can prove nothing reached them. */
export interface HostileTargets {
  /** Written into every file that can carry text, to prove error messages never echo file content. */
  canary: string;
  /** An http:// URL served by the test: external entities, DTDs and PDF actions point at it. */
  httpUrl: string;
  /** A folder the files try to write into (launch actions, path-traversal names). */
  watchedDir: string;
}

const refused = (reason?: string | RegExp): HostileExpectation => ({
  outcome: 'refused',
  code: 'FILE_REFUSED',
  reason,
});
const stored: HostileExpectation = { outcome: 'stored' };
const either: HostileExpectation = { outcome: 'either' };

// ---------------------------------------------------------------------------------------------------
// PDF building blocks: hand-written objects with a correct cross-reference table, so each file is
// exactly as hostile as intended and no more.

/** A PDF whose objects are numbered 1..n in order (object 1 must be the catalog), with a valid xref table. */
export function rawPdf(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(parts);
}

/** A stream object body: the dictionary entries given plus the right /Length, then the data. */
export function pdfStream(dict: string, data: Buffer | string): Buffer {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'),
    bytes,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

const pdfString = (text: string): string => `(${text.replace(/[()\\]/g, (c) => `\\${c}`)})`;

/** Content stream drawing each line in 12 pt Helvetica (resource /F1), one under the other. */
const textContent = (lines: string[]): string =>
  'BT /F1 12 Tf 72 720 Td 16 TL ' + lines.map((l) => `${pdfString(l)} '`).join(' ') + ' ET';

interface OnePageOptions {
  lines?: string[];
  /** Content stream object body (replaces the text drawn from `lines`). */
  contents?: Buffer;
  mediaBox?: string;
  /** The page count the page tree claims (it holds one page whatever it says). */
  claimedPages?: number;
  /** Extra entries for the catalog, page and page-resources dictionaries. */
  catalogExtra?: string;
  pageExtra?: string;
  resourcesExtra?: string;
  /** More objects, numbered from 6 (1–5 are catalog, pages, page, contents, font). */
  extraObjects?: (string | Buffer)[];
}

/** A one-page PDF with a real text layer (objects 1–5), plus whatever hostile extras are asked for. */
export function onePagePdf(options: OnePageOptions): Buffer {
  const contents = options.contents ?? pdfStream('', textContent(options.lines ?? ['Blank']));
  return rawPdf([
    `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''} >>`,
    `<< /Type /Pages /Kids [3 0 R] /Count ${options.claimedPages ?? 1} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox ${options.mediaBox ?? '[0 0 612 792]'} /Contents 4 0 R ` +
      `/Resources << /Font << /F1 5 0 R >> ${options.resourcesExtra ?? ''} >> ${options.pageExtra ?? ''} >>`,
    contents,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...(options.extraObjects ?? []),
  ]);
}

// Hand-written words for page text; each file draws its own sequence so no two read as near-duplicates.
const WORDS = (
  'biopsy margin lymph node staging scan contrast infusion cycle dose nausea fatigue appetite weight ' +
  'platelets neutrophils hemoglobin creatinine referral consent surgeon radiologist pharmacist nurse ' +
  'follow review plan imaging ultrasound mammogram port catheter wound dressing fever chills cough ' +
  'insurance appointment morning evening tablet capsule injection allergy rash swelling pain sleep'
).split(' ');

/** Eight lines of words picked by a small seeded generator (the same topic always gives the same text). */
function distinctText(topic: string): string[] {
  let seed = [...topic].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
  return Array.from({ length: 8 }, () =>
    Array.from({ length: 9 }, () => WORDS[(next() >>> 8) % WORDS.length]).join(' '),
  );
}

/** Readable page text (enough letters to count as a text layer), different for every topic. */
const letterLines = (topic: string, canary: string): string[] => [
  `Clinic letter about ${topic}`,
  ...distinctText(topic),
  `Reference ${canary}`,
];

/** A minimal ZIP archive holding one stored (uncompressed) file. */
function zipOf(name: string, data: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'latin1');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localPart = Buffer.concat([local, nameBytes, data]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

async function pdfFiles(t: HostileTargets): Promise<HostileFile[]> {
  const good = onePagePdf({ lines: letterLines('a broken cross-reference table', t.canary) });
  const cutMidStream = onePagePdf({ lines: letterLines('a file cut short', t.canary) });
  // Zero every xref offset: readers must rebuild the table by scanning, or refuse.
  const brokenXref = Buffer.from(
    good.toString('latin1').replace(/\d{10} 00000 n /g, '0000000000 00000 n '),
    'latin1',
  );
  const deep = 50_000;
  const jsAction = `app.launchURL(${pdfString(`${t.httpUrl}/pdf-javascript`)}); this.exportDataObject({ cName: 'x', nLaunch: 2 });`;
  const xfa = `<?xml version="1.0"?><!DOCTYPE xdp [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "${t.httpUrl}/pdf-xfa">]><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><subform><field name="f"><event activity="initialize"><script contentType="application/x-javascript">xfa.host.gotoURL("${t.httpUrl}/xfa-script")</script></event><value><text>&xxe;&web;</text></value></field></subform></template></xdp:xdp>`;
  const program = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(256, 0x90)]);
  const zipPayload = zipOf('payload.html', Buffer.from(`<script>fetch("${t.httpUrl}/zip")</script>`));
  const smallPdf = onePagePdf({ lines: letterLines('a ZIP archive in front', t.canary) });
  return [
    {
      name: 'pdf-header-only.pdf',
      bytes: Buffer.from(`%PDF-1.7\n% ${t.canary}\n1 0 obj\n<< /Type /Catalog`, 'latin1'),
      expect: refused(REASONS.pdfTruncated),
      about: 'a PDF cut off right after its header',
    },
    {
      name: 'pdf-cut-mid-stream.pdf',
      bytes: Buffer.concat([
        cutMidStream.subarray(0, cutMidStream.indexOf('stream') + 40),
        Buffer.from('\n%%EOF\n'),
      ]),
      expect: either,
      about: 'a PDF cut inside its content stream, with an end marker pasted on',
    },
    {
      name: 'pdf-broken-xref.pdf',
      bytes: brokenXref,
      expect: either,
      about: 'a PDF whose cross-reference offsets are all zero',
    },
    {
      name: 'pdf-flate-bomb.pdf',
      bytes: onePagePdf({ contents: pdfStream('/Filter /FlateDecode', zlibBomb(4)) }),
      expect: refused(REASONS.pdfOverload),
      about: 'a 4 MB PDF whose content stream inflates to 4 GB',
    },
    {
      name: 'pdf-huge-mediabox.pdf',
      bytes: onePagePdf({
        mediaBox: '[0 0 14400 14400]',
        contents: pdfStream('', '0 0 0 rg 100 100 400 400 re f'),
      }),
      expect: stored,
      about: 'a scanned-looking page 200 inches square (the largest page PDF allows)',
    },
    {
      name: 'pdf-absurd-mediabox.pdf',
      bytes: onePagePdf({
        mediaBox: '[0 0 1e30 -1e30]',
        lines: letterLines('an impossible page size', t.canary),
      }),
      expect: either,
      about: 'a page whose MediaBox is 10^30 points on a side, upside down',
    },
    {
      name: 'pdf-deep-arrays.pdf',
      bytes: onePagePdf({
        pageExtra: `/Junk ${'['.repeat(deep)}${']'.repeat(deep)}`,
        lines: letterLines('deeply nested arrays', t.canary),
      }),
      expect: either,
      about: 'a page dictionary holding arrays nested 50,000 deep',
    },
    {
      name: 'pdf-deep-dictionaries.pdf',
      bytes: onePagePdf({
        catalogExtra: `/Junk ${'<< /A '.repeat(deep)}0${' >>'.repeat(deep)}`,
        lines: letterLines('deeply nested dictionaries', t.canary),
      }),
      expect: either,
      about: 'a catalog holding dictionaries nested 50,000 deep',
    },
    {
      name: 'pdf-page-tree-loop.pdf',
      bytes: rawPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
        '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
      ]),
      expect: either,
      about: 'a page tree whose nodes list each other as children',
    },
    {
      name: 'pdf-billion-pages.pdf',
      bytes: onePagePdf({ lines: letterLines('a billion pages', t.canary), claimedPages: 1_000_000_000 }),
      expect: either,
      about: 'a page tree claiming a billion pages',
    },
    {
      name: 'pdf-javascript.pdf',
      bytes: onePagePdf({
        lines: letterLines('a document with JavaScript', t.canary),
        catalogExtra:
          '/OpenAction 6 0 R /Names << /JavaScript << /Names [(init) 6 0 R] >> >> /AA << /WC 6 0 R >>',
        pageExtra: '/AA << /O 6 0 R >>',
        extraObjects: [`<< /S /JavaScript /JS ${pdfString(jsAction)} >>`],
      }),
      expect: stored,
      about: 'a PDF with OpenAction, document-level and page-open JavaScript',
    },
    {
      name: 'pdf-xfa-form.pdf',
      bytes: onePagePdf({
        lines: letterLines('an XFA form', t.canary),
        catalogExtra: '/AcroForm << /Fields [] /XFA 6 0 R /NeedsRendering true >>',
        extraObjects: [pdfStream('', xfa)],
      }),
      expect: stored,
      about: 'an XFA form whose XML declares external entities and a script',
    },
    {
      name: 'pdf-launch-embedded.pdf',
      bytes: onePagePdf({
        lines: letterLines('a launch action', t.canary),
        catalogExtra:
          `/OpenAction << /S /Launch /F << /Type /Filespec /F ${pdfString(`${t.watchedDir}/launched.sh`)} >> /NewWindow true >> ` +
          '/Names << /EmbeddedFiles << /Names [(setup.exe) 6 0 R] >> >>',
        pageExtra: `/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS 6 0 R >> << /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI ${pdfString(`${t.httpUrl}/link`)} >> >>]`,
        extraObjects: [
          `<< /Type /Filespec /F ${pdfString('../../setup.exe')} /UF ${pdfString('../../setup.exe')} /EF << /F 7 0 R >> >>`,
          pdfStream('/Type /EmbeddedFile', program),
        ],
      }),
      expect: stored,
      about: 'a launch action, a URI link and an embedded program with a path-traversal name',
    },
    {
      name: 'pdf-then-zip.pdf',
      bytes: Buffer.concat([
        onePagePdf({ lines: letterLines('a ZIP archive behind it', t.canary) }),
        zipPayload,
      ]),
      expect: stored,
      about: 'a PDF + ZIP polyglot (the archive appended after the end marker)',
    },
    {
      name: 'zip-then-pdf.pdf',
      bytes: Buffer.concat([zipOf('a.txt', Buffer.from('x')).subarray(0, 60), smallPdf]),
      expect: either,
      about: 'a ZIP header in front of a PDF (readers that search for %PDF- find it)',
    },
    {
      name: 'pdf-huge-image.pdf',
      bytes: onePagePdf({
        contents: pdfStream('', 'q 612 0 0 792 0 0 cm /Im1 Do Q'),
        resourcesExtra: '/XObject << /Im1 6 0 R >>',
        extraObjects: [
          pdfStream(
            '/Type /XObject /Subtype /Image /Width 50000 /Height 50000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode',
            deflateSync(Buffer.alloc(1024)),
          ),
        ],
      }),
      expect: either,
      about: 'an image claiming 50,000 × 50,000 pixels inside a page',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Pictures.

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 250, g: 250, b: 245 } } });

const half = (bytes: Buffer): Buffer => bytes.subarray(0, Math.floor(bytes.length / 2));

/** A baseline JPEG header (SOI, SOF0 with the given size, EOI) with no scan data. */
function jpegFrame(width: number, height: number, extra: Buffer = Buffer.alloc(0)): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  const components = Buffer.from([0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), extra, sof, components, Buffer.from([0xff, 0xd9])]);
}

/** A JPEG comment (COM) segment. */
function jpegComment(text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const head = Buffer.from([0xff, 0xfe, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** Inserts a chunk after IHDR (CRCs are not checked by the limits under test; decoders may complain). */
function withChunk(png: Buffer, chunk: Buffer): Buffer {
  return Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
}

interface TiffEntry {
  tag: number;
  type: 3 | 4;
  value: number;
}

/** Classic little-endian TIFF IFD: entries (SHORT/LONG values held inline) and the next-IFD offset. */
function tiffIfd(entries: TiffEntry[], next: number): Buffer {
  const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
  ifd.writeUInt16LE(entries.length, 0);
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    ifd.writeUInt16LE(e.tag, at);
    ifd.writeUInt16LE(e.type, at + 2);
    ifd.writeUInt32LE(1, at + 4);
    if (e.type === 3) ifd.writeUInt16LE(e.value, at + 8);
    else ifd.writeUInt32LE(e.value, at + 8);
  });
  ifd.writeUInt32LE(next, 2 + entries.length * 12);
  return ifd;
}

const TIFF_HEAD = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);

/** A grayscale TIFF of `width` × `height` whose single strip is `strip`, with the given compression. */
function tiffWithStrip(width: number, height: number, compression: number, strip: Buffer): Buffer {
  const entries: TiffEntry[] = [
    { tag: 256, type: 4, value: width },
    { tag: 257, type: 4, value: height },
    { tag: 258, type: 3, value: 8 },
    { tag: 259, type: 3, value: compression },
    { tag: 262, type: 3, value: 1 },
    { tag: 273, type: 4, value: 0 }, // StripOffsets, patched below
    { tag: 277, type: 3, value: 1 },
    { tag: 278, type: 4, value: height },
    { tag: 279, type: 4, value: strip.length },
  ];
  const ifdLength = 2 + entries.length * 12 + 4;
  entries[5]!.value = 8 + ifdLength;
  return Buffer.concat([TIFF_HEAD, tiffIfd(entries, 0), strip]);
}

/** `pages` tiny TIFF pages chained one after another (headers only). */
function tiffChain(pages: number): Buffer {
  const parts: Buffer[] = [TIFF_HEAD];
  const size = 2 + 2 * 12 + 4;
  for (let i = 0; i < pages; i++) {
    const next = i === pages - 1 ? 0 : 8 + (i + 1) * size;
    parts.push(
      tiffIfd(
        [
          { tag: 256, type: 3, value: 16 },
          { tag: 257, type: 3, value: 16 },
        ],
        next,
      ),
    );
  }
  return Buffer.concat(parts);
}

/** An ISO-BMFF box. */
function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

/** A HEIC container declaring one image of `width` × `height` (ispe), followed by `payload` as its data. */
function heic(width: number, height: number, payload: Buffer): Buffer {
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'));
  const ispeBody = Buffer.alloc(12);
  ispeBody.writeUInt32BE(width, 4);
  ispeBody.writeUInt32BE(height, 8);
  const meta = box(
    'meta',
    Buffer.alloc(4),
    box('hdlr', Buffer.alloc(4), Buffer.alloc(4), Buffer.from('pict'), Buffer.alloc(13)),
    box('iprp', box('ipco', box('ispe', ispeBody))),
  );
  return Buffer.concat([ftyp, meta, box('mdat', payload)]);
}

/** A WebP whose extended header (VP8X) declares the given canvas size. */
function webpCanvas(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(18);
  vp8x.write('VP8X', 0, 'latin1');
  vp8x.writeUInt32LE(10, 4);
  vp8x.writeUIntLE(width - 1, 12, 3);
  vp8x.writeUIntLE(height - 1, 15, 3);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + vp8x.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, vp8x]);
}

async function imageFiles(t: HostileTargets): Promise<HostileFile[]> {
  const jpeg = await solid(320, 240).jpeg({ quality: 80 }).toBuffer();
  const png = await solid(320, 240).png().toBuffer();
  const tiff = await solid(320, 240).tiff({ compression: 'lzw' }).toBuffer();
  const webp = await solid(320, 240).webp().toBuffer();
  // 10,000 × 10,000 one-bit pixels: exactly the pixel limit, a few kilobytes on disk.
  const atLimit = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } })
    .png({ palette: true, colors: 2, compressionLevel: 9 })
    .toBuffer();
  const pdfInside = onePagePdf({ lines: letterLines('a PDF hidden in a PNG', t.canary) });
  const badCrc = Buffer.from(png);
  badCrc.writeUInt32BE(0xdeadbeef, 29); // IHDR's CRC
  const html = `<html><body><script>fetch("${t.httpUrl}/jpeg-html")</script>${t.canary}</body></html>`;
  const lengthOverflow = Buffer.concat([
    png.subarray(0, 33),
    Buffer.from([0xff, 0xff, 0xff, 0xff]),
    Buffer.from('IDAT'),
  ]);
  return [
    { name: 'jpeg-truncated.jpg', bytes: half(jpeg), expect: either, about: 'a JPEG cut in half' },
    {
      name: 'jpeg-huge.jpg',
      bytes: jpegFrame(65_500, 65_500),
      expect: refused(REASONS.tooManyPixels(65_500, 65_500)),
      about: 'a JPEG header declaring 65,500 × 65,500 pixels',
    },
    {
      name: 'jpeg-zero-height.jpg',
      bytes: jpegFrame(640, 0),
      expect: refused(REASONS.imageDamaged),
      about: 'a JPEG frame with zero height (size deferred to a DNL marker)',
    },
    {
      name: 'jpeg-no-frame.jpg',
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8]), jpegComment(t.canary), Buffer.from([0xff, 0xd9])]),
      expect: refused(REASONS.imageDamaged),
      about: 'a JPEG with no frame header at all',
    },
    {
      name: 'jpeg-html-polyglot.jpg',
      bytes: Buffer.concat([jpeg.subarray(0, 2), jpegComment(html), jpeg.subarray(2), Buffer.from(html)]),
      expect: stored,
      about: 'a JPEG + HTML polyglot (script in a comment and after the end of the image)',
    },
    { name: 'png-truncated.png', bytes: half(png), expect: either, about: 'a PNG cut in half' },
    { name: 'png-bad-crc.png', bytes: badCrc, expect: either, about: 'a PNG whose header checksum is wrong' },
    {
      name: 'png-at-pixel-limit.png',
      bytes: atLimit,
      expect: stored,
      about: `a real ${atLimit.length}-byte PNG of 10,000 × 10,000 pixels (exactly the limit)`,
    },
    {
      name: 'png-pdf-inside.png',
      bytes: withChunk(png, pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), pdfInside]))),
      expect: stored,
      about: 'a PNG carrying a complete PDF in a text chunk (PDF header later in the file)',
    },
    {
      name: 'png-chunk-length-overflow.png',
      bytes: lengthOverflow,
      expect: either,
      about: 'a PNG whose data chunk claims to be 4 GB long',
    },
    {
      name: 'tiff-ifd-loop.tif',
      bytes: Buffer.concat([
        TIFF_HEAD,
        tiffIfd(
          [
            { tag: 256, type: 3, value: 16 },
            { tag: 257, type: 3, value: 16 },
          ],
          8,
        ),
      ]),
      expect: refused(REASONS.imageDamaged),
      about: 'a TIFF whose page chain points back at itself',
    },
    {
      name: 'tiff-huge.tif',
      bytes: tiffWithStrip(100_000, 100_000, 1, Buffer.alloc(64)),
      expect: refused(REASONS.tooManyPixels(100_000, 100_000)),
      about: 'a TIFF declaring 100,000 × 100,000 pixels',
    },
    {
      name: 'tiff-10000-pages.tif',
      bytes: tiffChain(10_000),
      expect: refused(REASONS.tooManyPages(500)),
      about: 'a TIFF with 10,000 pages',
    },
    { name: 'tiff-truncated.tif', bytes: half(tiff), expect: either, about: 'a TIFF cut in half' },
    {
      name: 'tiff-deflate-bomb.tif',
      bytes: tiffWithStrip(10_000, 10_000, 8, zlibBomb(4)),
      expect: either,
      about: 'a TIFF at the pixel limit whose deflate strip would inflate to 4 GB',
    },
    {
      name: 'tiff-strip-outside.tif',
      bytes: (() => {
        const bytes = tiffWithStrip(64, 64, 1, Buffer.alloc(16));
        bytes.writeUInt32LE(0x7fff_fff0, 8 + 2 + 5 * 12 + 8); // StripOffsets far past the end
        return bytes;
      })(),
      expect: either,
      about: 'a TIFF whose pixel data lies 2 GB past the end of the file',
    },
    { name: 'webp-truncated.webp', bytes: half(webp), expect: either, about: 'a WebP cut in half' },
    {
      name: 'webp-huge.webp',
      bytes: webpCanvas(16_384, 16_384),
      expect: refused(REASONS.tooManyPixels(16_384, 16_384)),
      about: 'a WebP canvas of 16,384 × 16,384 pixels',
    },
    {
      name: 'heic-no-size.heic',
      bytes: Buffer.concat([box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')), Buffer.alloc(64)]),
      expect: refused(REASONS.imageDamaged),
      about: 'a HEIC container with no image size',
    },
    {
      name: 'heic-huge.heic',
      bytes: heic(100_000, 100_000, Buffer.alloc(64)),
      expect: refused(REASONS.tooManyPixels(100_000, 100_000)),
      about: 'a HEIC declaring 100,000 × 100,000 pixels',
    },
    {
      name: 'heic-garbage.heic',
      bytes: heic(64, 64, Buffer.from(t.canary.repeat(20))),
      expect: refused(REASONS.heicUnsupported),
      about: 'a HEIC whose coded image is garbage',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Health-record exports (C-CDA XML, FHIR JSON).

/** A small C-CDA document with `prolog` before the root and `body` in its one narrative section. */
function cda(body: string, prolog = '', rootAttributes = ''): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>${prolog}<ClinicalDocument xmlns="urn:hl7-org:v3" ${rootAttributes}>` +
    '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1"/><title>Summary of care</title>' +
    '<recordTarget><patientRole><patient><name><given>Test</given><family>Person</family></name></patient></patientRole></recordTarget>' +
    `<component><structuredBody><component><section><title>Notes</title><text>${body}</text></section></component></structuredBody></component></ClinicalDocument>`
  );
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');

function portalFiles(t: HostileTargets): HostileFile[] {
  const laughs = Array.from({ length: 10 }, (_, i) =>
    i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
  ).join('');
  const entities = /declares its own XML entities/;
  const deepXml = '<b>'.repeat(5_000) + '</b>'.repeat(5_000);
  const observations = Array.from({ length: 2_000 }, (_, i) => ({
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: { text: `Hemoglobin ${i % 50}` },
      valueQuantity: { value: 12 + (i % 10) / 10, unit: 'g/dL' },
      effectiveDateTime: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    },
  }));
  const traversal = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'DocumentReference',
          status: 'current',
          description: 'Outside records',
          content: [
            {
              attachment: {
                contentType: 'text/plain',
                title: `../../../..${t.watchedDir}/escaped`,
                data: b64(`Letter from the outside clinic about follow-up imaging. ${t.canary}`),
              },
            },
            {
              attachment: {
                contentType: 'text/plain',
                title: 'line one\nline two\r\u0007\u202Etxt.exe',
                data: b64(`Second attached note, about chemotherapy scheduling. ${t.canary}`),
              },
            },
            {
              attachment: {
                contentType: 'text/plain',
                title: 'Very long title '.repeat(5_000),
                data: b64(`Third attached note, about a dental appointment. ${t.canary}`),
              },
            },
          ],
        },
      },
    ],
  };
  const polluting =
    '{"resourceType":"Bundle","type":"collection","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},' +
    '"entry":[{"resource":{"resourceType":"Patient","__proto__":{"polluted":"yes"},"name":[{"given":["Test"],"family":"Person"}]}},' +
    '{"resource":{"resourceType":"Observation","status":"final","code":{"text":"__proto__"},"valueString":"constructor","__proto__":{"polluted":"yes"}}},' +
    '{"resource":{"resourceType":"__proto__","id":"x"}}]}';
  return [
    {
      name: 'ccda-billion-laughs.xml',
      bytes: Buffer.from(cda('&lol9;', `<!DOCTYPE ClinicalDocument [${laughs}]>`)),
      expect: refused(entities),
      about: 'a C-CDA with a billion-laughs entity bomb',
    },
    {
      name: 'ccda-xxe-file.xml',
      bytes: Buffer.from(
        cda('&xxe;', '<!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
      ),
      expect: refused(entities),
      about: 'a C-CDA whose external entity names /etc/passwd',
    },
    {
      name: 'ccda-xxe-http.xml',
      bytes: Buffer.from(
        cda(
          '&web; %remote;',
          `<!DOCTYPE ClinicalDocument [<!ENTITY % remote SYSTEM "${t.httpUrl}/dtd"><!ENTITY web SYSTEM "${t.httpUrl}/entity">]>`,
        ),
      ),
      expect: refused(entities),
      about: 'a C-CDA whose external and parameter entities name an http URL',
    },
    {
      name: 'ccda-external-dtd.xml',
      bytes: Buffer.from(
        cda(
          `Notes &amp; &undeclared; ${t.canary}`,
          `<!DOCTYPE ClinicalDocument SYSTEM "${t.httpUrl}/external.dtd">`,
        ),
      ),
      expect: stored,
      about: 'a C-CDA naming an external DTD on an http URL (no entities declared)',
    },
    {
      name: 'ccda-xinclude.xml',
      bytes: Buffer.from(
        cda(
          `<xi:include href="file:///etc/passwd" parse="text"/><xi:include href="${t.httpUrl}/xinclude"/>${t.canary}`,
          '',
          'xmlns:xi="http://www.w3.org/2001/XInclude"',
        ),
      ),
      expect: stored,
      about: 'a C-CDA with XInclude elements naming /etc/passwd and an http URL',
    },
    {
      name: 'ccda-deep.xml',
      bytes: Buffer.from(cda(deepXml)),
      expect: refused(/nested far more deeply/),
      about: 'a C-CDA with elements nested 5,000 deep',
    },
    {
      name: 'ccda-utf16.xml',
      bytes: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(
          cda(`Saved as UTF-16 by an old exporter. ${t.canary}`).replace('UTF-8', 'UTF-16'),
          'utf16le',
        ),
      ]),
      expect: stored,
      about: 'a C-CDA saved as UTF-16 with a byte-order mark',
    },
    {
      name: 'fhir-deep.json',
      bytes: Buffer.from(
        `{"resourceType":"Bundle","type":"collection","entry":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
      ),
      expect: refused(/nested far more deeply/),
      about: 'a FHIR Bundle with arrays nested 50,000 deep',
    },
    {
      name: 'fhir-huge-array.json',
      bytes: Buffer.from(
        JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: observations }).replace(
          /\]\}$/,
          `${',{}'.repeat(1_000_000)}]}`,
        ),
      ),
      expect: stored,
      about: 'a FHIR Bundle of 2,000 observations followed by a million empty entries',
    },
    {
      name: 'fhir-prototype-pollution.json',
      bytes: Buffer.from(polluting),
      expect: stored,
      about: 'FHIR JSON with __proto__ and constructor.prototype keys at every level',
    },
    {
      name: 'fhir-attachment-names.json',
      bytes: Buffer.from(JSON.stringify(traversal)),
      expect: stored,
      about: 'FHIR attachments titled with a path traversal, control characters and 80,000 characters',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Plain text and hostile file names.

/** `megabytes` MB of ordinary note text, beginning with `head`. */
function textOfSize(megabytes: number, head = ''): Buffer {
  const line = 'Progress note: patient tolerating treatment, continue current plan, recheck labs.\n';
  const bytes = Buffer.alloc(Math.round(megabytes * 1024 * 1024));
  bytes.fill(line);
  bytes.write(head);
  return bytes;
}

function textFiles(t: HostileTargets): HostileFile[] {
  const huge = textOfSize(60, '{"resourceType":"Bundle","type":"collection","entry":[');
  const long = textOfSize(11);
  return [
    {
      name: 'huge-fhir-like.json',
      bytes: huge,
      expect: refused(REASONS.textTooLong(huge.length, MAX_TEXT_BYTES)),
      about: 'a 60 MB text file that begins like a FHIR Bundle (over the portal-export limit)',
    },
    {
      name: 'long.txt',
      bytes: long,
      expect: refused(REASONS.textTooLong(long.length, MAX_TEXT_BYTES)),
      about: 'an 11 MB text file (just over the plain-text limit)',
    },
    {
      name: 'long-but-allowed.txt',
      bytes: textOfSize(1, `Clinic notes, a megabyte long. ${t.canary}\n`),
      expect: stored,
      about: 'a 1 MB text file',
    },
    {
      name: 'invalid-utf8.txt',
      bytes: Buffer.concat([Buffer.from(`Notes ${t.canary} `), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff])]),
      expect: refused(REASONS.unknown),
      about: 'text with invalid UTF-8 sequences',
    },
    {
      name: 'utf16-bom.txt',
      bytes: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`Questions for the oncologist about radiation therapy. ${t.canary}\r\n`, 'utf16le'),
      ]),
      expect: stored,
      about: 'a UTF-16 text file with a byte-order mark (what Windows Notepad calls "Unicode")',
    },
    {
      name: 'utf16be-bom.txt',
      bytes: Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        Buffer.from(`Pharmacy phone numbers and opening hours. ${t.canary}\n`, 'utf16le').swap16(),
      ]),
      expect: stored,
      about: 'a big-endian UTF-16 text file with a byte-order mark',
    },
    {
      name: 'nul-bytes.txt',
      bytes: Buffer.from(`Visit summary\0\0\0${t.canary}\0hidden`),
      expect: refused(REASONS.unknown),
      about: 'text with NUL bytes in it',
    },
    {
      name: 'html-script.html',
      bytes: Buffer.from(
        `<!doctype html><html><body onload="fetch('${t.httpUrl}/html')"><script>fetch("${t.httpUrl}/html-script")</script><p>After-visit summary: rest and fluids. ${t.canary}</p></body></html>`,
      ),
      expect: stored,
      about: 'an HTML page with scripts (kept as text, never rendered)',
    },
    {
      name: 'svg-xxe.svg',
      bytes: Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text><image href="${t.httpUrl}/svg"/><script>alert(1)</script><desc>Scan request form ${t.canary}</desc></svg>`,
      ),
      expect: stored,
      about: 'an SVG with an external entity, a remote image and a script (kept as text)',
    },
  ];
}

/** Small distinct PDFs under names a file system allows but a careless program would mishandle. */
function hostileNames(t: HostileTargets): HostileFile[] {
  const named = (name: string, topic: string, about: string): HostileFile => ({
    name,
    bytes: onePagePdf({ lines: letterLines(topic, t.canary) }),
    expect: stored,
    about,
  });
  return [
    named(
      'line\nbreak\ttab\u0001bell\u0007.pdf',
      'names with control characters',
      'newline, tab and control bytes in the name',
    ),
    named(
      'invoice\u202Efdp.exe',
      'a right-to-left override',
      'a right-to-left override disguising a PDF as .exe',
    ),
    named(`${'a'.repeat(251)}.pdf`, 'the longest plain name', 'a 255-byte name (the Linux maximum)'),
    named(`${'ü'.repeat(125)}.pdf`, 'a long accented name', 'a 254-byte name of two-byte letters'),
    named('-rf --help.pdf', 'a name that looks like options', 'a name that looks like command-line options'),
    named('$(touch pwned).pdf', 'a shell substitution name', 'a name with shell command substitution'),
  ];
}

/**
 * Every hostile file, generated fresh. Names are unique; files that are not refused are distinct in
 * content so that duplicate detection does not hide what happens to them.
 */
export async function makeHostileFiles(targets: HostileTargets): Promise<HostileFile[]> {
  return [
    ...(await pdfFiles(targets)),
    ...(await imageFiles(targets)),
    ...portalFiles(targets),
    ...textFiles(targets),
    ...hostileNames(targets),
  ];
}

/** Names used to reach the browser door's `stageBytes` (which takes any name a client sends). */
export const TRAVERSAL_NAMES = [
  '../../x.pdf',
  '..\\..\\..\\Windows\\x.pdf',
  '/etc/cron.d/x.pdf',
  'a/../../../b.pdf',
];

/** A small readable PDF for the traversal names, distinct per index. */
export const traversalPdf = (index: number, canary: string): Buffer =>
  onePagePdf({ lines: letterLines(`upload number ${index}`, canary) });
