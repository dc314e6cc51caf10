import { CATEGORY_IDS, type CategoryId } from '../../../../shared/categories.ts';
import type { CALLS, CallOutput } from '../../../../shared/api/contract.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';

/** How many documents a binder has in each checklist category, not filed yet, and waiting for a look. */
export interface CategoryCounts {
  byCategory: Record<CategoryId, number>;
  unfiled: number;
  needsReview: number;
  total: number;
}

/** Counts a loaded list of documents (the binder has the list anyway). */
export function countByCategory(
  documents: ReadonlyArray<Pick<DocumentSummary, 'category' | 'status'>>,
): CategoryCounts {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  let unfiled = 0;
  let needsReview = 0;
  for (const doc of documents) {
    if (doc.category) byCategory[doc.category] += 1;
    else unfiled += 1;
    if (doc.status === 'needs_review') needsReview += 1;
  }
  return { byCategory, unfiled, needsReview, total: documents.length };
}

/** The counts `documents:counts` gives (the family screen asks for these instead of every document). */
export function countsFromTotals(totals: CallOutput<typeof CALLS.documentsCounts>): CategoryCounts {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, totals.byCategory[id] ?? 0])) as Record<
    CategoryId,
    number
  >;
  const filed = CATEGORY_IDS.reduce((sum, id) => sum + byCategory[id], 0);
  return {
    byCategory,
    unfiled: Math.max(0, totals.total - filed),
    needsReview: totals.needsReview,
    total: totals.total,
  };
}

/** "1 document", "12 documents". */
export function describeCount(count: number, noun = 'document'): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

/** "1 document needs a look", "3 documents need a look". */
export function describeNeedsReview(count: number): string {
  return `${describeCount(count)} ${count === 1 ? 'needs' : 'need'} a look`;
}
