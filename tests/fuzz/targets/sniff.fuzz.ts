import { AppError } from '../../../main/core/errors.ts';
import { checkLimits } from '../../../main/core/import/check-limits.ts';
import { readHeifDimensions } from '../../../main/core/import/headers/heif-header.ts';
import { readJpegDimensions } from '../../../main/core/import/headers/jpeg-header.ts';
import { readPngHeader } from '../../../main/core/import/headers/png-header.ts';
import { readTiffPages } from '../../../main/core/import/headers/tiff-header.ts';
import { readWebpDimensions } from '../../../main/core/import/headers/webp-header.ts';
import { resolveLimits } from '../../../main/core/import/limits.ts';
import { sniffFileType } from '../../../main/core/import/sniff.ts';
import { check, type FuzzTarget } from '../engine/fuzz-target.ts';

// Small limits keep the bomb guards' inflation short; what is tested is that they answer, not the sizes.
const limits = resolveLimits({ maxPixels: 4_000_000, maxPages: 50 });

/**
 * Type sniffing and the header readers run on every untrusted file before anything else. None of them may
 * throw; checkLimits may refuse (AppError FILE_REFUSED, its documented answer) but nothing else.
 */
export const target: FuzzTarget = {
  name: 'sniff',
  covers: [
    'main/core/import/sniff.ts',
    'main/core/import/headers/',
    'main/core/import/audio/',
    'main/core/import/pdf/pdf-bomb-guard.ts',
  ],
  maxLength: 4096,
  dictionary: [
    '%PDF-1.7\n',
    '%%EOF',
    'stream\n',
    'endstream',
    '\x78\x9c',
    '\xff\xd8\xff',
    '\xff\xc0\x00\x11\x08',
    '\xff\xda',
    '\x89PNG\r\n\x1a\n',
    '\x00\x00\x00\x0dIHDR',
    'IDAT',
    'IEND',
    'II*\x00',
    'MM\x00*',
    'RIFF',
    'WEBP',
    'VP8 ',
    'VP8L',
    'VP8X',
    'ftyp',
    'heic',
    'mif1',
    'avif',
    'M4A ',
    'isom',
    'meta',
    'iprp',
    'ipco',
    'ispe',
    'moov',
    'trak',
    'mdia',
    'hdlr',
    'soun',
    'vide',
    'ID3\x03',
    '\xff\xfb',
    'OggS',
    'OpusHead',
    '\x01vorbis',
    'fLaC',
    '\x1a\x45\xdf\xa3',
    'webm',
    'WAVE',
    'fmt ',
    'data',
    '\xff\xf1',
    '<?xml version="1.0"?>',
    '<!DOCTYPE x [',
    '<ClinicalDocument xmlns="urn:hl7-org:v3">',
    '{"resourceType":"Patient"}',
    '\xef\xbb\xbf',
    '\xff\xfe',
    '\xfe\xff',
    'MZ',
    'PK\x03\x04',
    '\x1f\x8b',
  ],
  async run(data) {
    const sniffed = sniffFileType(data);
    check(typeof sniffed.mime === 'string' && /^[a-z]+\/[\w.+-]+$/.test(sniffed.mime), 'a MIME type');
    check(
      (sniffed.kind === 'unsupported') === (sniffed.reason !== undefined),
      'a reason exactly for refusals',
    );
    for (const size of [
      readJpegDimensions(data),
      readWebpDimensions(data),
      readHeifDimensions(data),
      readPngHeader(data),
    ])
      check(
        size === null || (typeof size.width === 'number' && typeof size.height === 'number'),
        'a size or null',
      );
    const pages = readTiffPages(data, limits.maxPages);
    check(pages === null || pages.length <= limits.maxPages + 1, 'the TIFF walk stops past the page limit');
    if (sniffed.kind !== 'unsupported') await checkLimits(data, sniffed, limits);
  },
  expected: (error) => error instanceof AppError && error.code === 'FILE_REFUSED',
};
