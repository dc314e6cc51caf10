import { AppError } from '../errors.ts';

/** Builds the FILE_REFUSED error for an untrusted file; `reason` is shown to the person as it is. */
export function refuse(reason: string, cause?: unknown): AppError {
  return new AppError('FILE_REFUSED', reason, cause === undefined ? undefined : { cause });
}

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
const fmt = (n: number): string => n.toLocaleString('en-US');

/** Plain-language reasons, one per way a file can be refused. */
export const REASONS = {
  empty: 'This file is empty. Check that it copied or downloaded completely, then import it again.',
  tooBig: (bytes: number, max: number) =>
    `This file is too large (${mb(bytes)}). CareBinder accepts files up to ${mb(max)}. Split it into smaller files and import those.`,
  program:
    'This file is not a PDF or picture CareBinder can read (it looks like a program). Programs are never imported.',
  archive:
    'This file is not a PDF or picture CareBinder can read (it looks like a compressed archive). Unpack it and import the files inside.',
  unknown:
    'This file is not a PDF, picture, audio recording or health-record export CareBinder can read. Save or print it as a PDF and import that.',
  video:
    'This file is a video. CareBinder keeps the sound of a visit, not videos: save the sound as an audio file (for example M4A or MP3) and import that.',
  textTooLong: (bytes: number, max: number) =>
    `This text file is too long (${mb(bytes)}) to be a medical document; CareBinder reads text files up to ${mb(max)}. Check that you picked the right file, or split it into smaller files and import those.`,
  tooManyPixels: (width: number, height: number) =>
    `This picture is too large (${fmt(width)} × ${fmt(height)} pixels). Save a smaller copy (for example at 300 dpi) and import that.`,
  tooManyPages: (max: number, pages?: number) =>
    `This file has too many pages (${pages === undefined ? `more than ${fmt(max)}` : fmt(pages)}; the most CareBinder reads in one file is ${fmt(max)}). Split it into smaller files and import those.`,
  imageBomb:
    'This picture is damaged or built to overload the computer: its data unpacks to far more than the picture needs. Save a fresh copy and import that.',
  imageDamaged:
    'This picture is damaged or incomplete and cannot be opened. Copy or download it again, or take a new photo, and import that.',
  pdfPassword:
    'This PDF is password-protected. Open it in the program that made it, save a copy without a password, and import that copy.',
  pdfDamaged:
    'This PDF is damaged or incomplete and cannot be opened. Download or copy it again, or print it to a new PDF, and import that.',
  pdfTruncated:
    'This PDF is incomplete: its end is missing, which usually means a download or copy stopped early. Download or copy it again and import that.',
  pdfOverload:
    'This PDF is damaged or built to overload the computer: reading it needed far more memory than any document should. Print it to a new PDF (or scan the paper again) and import that.',
  pdfTimeout:
    'This PDF took too long to read and was stopped. Print it to a new PDF (or scan the paper again) and import that.',
  heicUnsupported:
    'This HEIC photo could not be decoded. Open it on your phone or computer, save it as JPEG, and import that.',
} as const;
