import { z } from 'zod';
import { CATEGORY_IDS } from '../categories.ts';
import { isoDate } from './common.schema.ts';

const id = z.string().min(1).max(100);

/** The four packet formats: the summary PDF alone, a USB folder, an email ZIP, a FHIR R4 Bundle. */
export const EXPORT_FORMATS = ['pdf', 'folder', 'zip', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which of one person's documents go into the packet (default: every readable document). */
export const exportSelectionSchema = z
  .object({
    personId: id,
    categories: z.array(z.enum(CATEGORY_IDS)).min(1).max(CATEGORY_IDS.length).optional(),
    documentIds: z.array(id).min(1).max(10_000).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type ExportSelection = z.infer<typeof exportSelectionSchema>;

/** What the packet will hold, so the person can check it and its size before exporting. */
export const exportPreviewSchema = z.object({
  suggestedName: z.string(),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      category: z.enum(CATEGORY_IDS),
      docDate: z.string().nullable(),
      pageCount: z.number(),
      byteSize: z.number(),
    }),
  ),
  byCategory: z.array(z.object({ category: z.enum(CATEGORY_IDS), documents: z.number(), pages: z.number() })),
  pageCount: z.number(),
  medications: z.number(),
  /** Rough size of the folder or ZIP (originals plus the summary), in bytes. */
  estimatedBytes: z.number(),
  /** True when the estimate is over the email limit (the ZIP would need splitting). */
  overEmailLimit: z.boolean(),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

export const exportStartSchema = exportSelectionSchema
  .extend({
    format: z.enum(EXPORT_FORMATS),
    /** The file to write (pdf, zip, fhir) or the packet folder itself (folder). */
    out: z.string().min(1).max(4096),
    /** ZIP only: encrypt with AES-256 using this password. */
    zipPassword: z.string().min(8, 'Use a password of at least 8 characters.').max(200).optional(),
    /** ZIP only: the email size limit in MB (default 20). */
    emailLimitMb: z.number().min(1).max(2000).optional(),
    /** ZIP only: split into parts under the limit instead of one file with a warning. */
    split: z.boolean().optional(),
    /** Black out Social Security numbers and insurance member ids (page images and text). */
    redact: z.boolean().optional(),
    /** Who prepared the packet, printed on the overview. */
    preparedBy: z.string().trim().max(200).optional(),
    /** Replace an existing file (never a non-empty folder). */
    overwrite: z.boolean().optional(),
  })
  .strict();
export type ExportStartInput = z.infer<typeof exportStartSchema>;

/** Whether every written file was read back intact. */
export const exportVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  missing: z.array(z.string()),
  corrupted: z.array(z.string()),
});
export type ExportVerification = z.infer<typeof exportVerificationSchema>;

/** The export job's result: what was written where, and the read-back check. */
export const exportResultSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  files: z.array(z.object({ path: z.string(), bytes: z.number() })),
  documents: z.number(),
  pages: z.number(),
  verification: exportVerificationSchema,
  redactions: z.number(),
  /** ZIP: over the email limit and not split. */
  overEmailLimit: z.boolean(),
  /** ZIP: the largest items, when over the limit (what to leave out). */
  largeItems: z.array(z.object({ name: z.string(), bytes: z.number() })),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

/** Call names of the export area (namespaced constants, merged into CALLS by the lead). */
export const EXPORT_CALLS = {
  exportPreview: 'export:preview',
  exportStart: 'export:start',
  exportVerifyFolder: 'export:verifyFolder',
  exportReveal: 'export:reveal',
  exportMailDraft: 'export:mailDraft',
} as const;

/** A file or packet folder this app has just exported (any other path is refused). */
const exportedPathSchema = z.object({ path: z.string().min(1).max(4096) }).strict();

/**
 * An email draft about a packet: `mailto` is the draft's link (no name, no path in it); `opened` is true
 * when CareBinder opened the mail app itself (desktop) and false when the page is to open the link.
 */
const mailDraftSchema = z.object({
  mailto: z.string().startsWith('mailto:'),
  opened: z.boolean(),
});

/** Input and output schema of every export call, shaped like `contract` in shared/api/contract.ts. */
export const exportContract = {
  [EXPORT_CALLS.exportPreview]: { input: exportSelectionSchema, output: exportPreviewSchema },
  [EXPORT_CALLS.exportStart]: { input: exportStartSchema, output: z.object({ jobId: z.string() }) },
  [EXPORT_CALLS.exportVerifyFolder]: {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: exportVerificationSchema,
  },
  /** Shows an exported file or packet folder in the system file manager. */
  [EXPORT_CALLS.exportReveal]: { input: exportedPathSchema, output: z.object({ path: z.string() }) },
  /** Opens (or hands the page) a neutral email draft about an exported PDF or ZIP, and shows the file. */
  [EXPORT_CALLS.exportMailDraft]: { input: exportedPathSchema, output: mailDraftSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
