import { z } from 'zod';
import { CATEGORY_IDS } from '../categories.ts';
import { isoDate } from './common.schema.ts';

export const documentStatusSchema = z.enum(['queued', 'reading', 'done', 'needs_review', 'failed']);

/** A document as lists show it. */
export const documentSummarySchema = z.object({
  id: z.string(),
  personId: z.string(),
  title: z.string(),
  originalName: z.string(),
  mime: z.string(),
  kind: z.string(),
  category: z.enum(CATEGORY_IDS).nullable(),
  status: documentStatusSchema,
  pageCount: z.number(),
  docDate: z.string().nullable(),
  createdAt: z.string(),
  errorMessage: z.string().nullable(),
  byteSize: z.number(),
  /** How sure the classifier is (0–1); 1 once a person chose the category. */
  confidence: z.number().nullable(),
  categoryChosenByPerson: z.boolean(),
  /** The two likeliest categories with the phrases that point to them (for the review queue). */
  suggestions: z.array(z.object({ category: z.enum(CATEGORY_IDS), score: z.number() })),
  evidence: z.array(z.string()),
  facility: z.string().nullable(),
  clinician: z.string().nullable(),
  /** Set when the page names someone other than the person it is filed under. */
  identityWarning: z.object({ message: z.string(), suggestedPersonId: z.string().nullable() }).nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const pageSummarySchema = z.object({
  pageNo: z.number(),
  source: z.enum(['text-layer', 'ocr']),
  text: z.string(),
  confidence: z.number().nullable(),
  rotation: z.number(),
  hasImage: z.boolean(),
});

export const documentDetailSchema = documentSummarySchema.extend({ pages: z.array(pageSummarySchema) });
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/**
 * A short-lived link on the page's own origin at which a recording's original bytes are played (an
 * <audio> element cannot send the API's token, so the authenticated API hands out the link instead).
 */
export const mediaLinkSchema = z.object({ url: z.string().startsWith('/media/'), mime: z.string() });
export type MediaLink = z.infer<typeof mediaLinkSchema>;

export const importOutcomeSchema = z.union([
  z.object({
    file: z.string(),
    status: z.enum(['imported', 'needs_review', 'duplicate']),
    documentId: z.string(),
    duplicateOf: z.string().optional(),
    category: z.string().nullable(),
  }),
  z.object({ file: z.string(), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type ImportOutcomeDto = z.infer<typeof importOutcomeSchema>;

export const searchInputSchema = z
  .object({
    personId: z.string(),
    query: z.string().max(500),
    category: z.enum(CATEGORY_IDS).nullable().optional(),
    from: isoDate.nullable().optional(),
    to: isoDate.nullable().optional(),
  })
  .strict();

export const searchHitSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  category: z.string().nullable(),
  docDate: z.string().nullable(),
  page: z.number(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});

export const jobStateSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ step: z.string(), current: z.number(), total: z.number() }),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
