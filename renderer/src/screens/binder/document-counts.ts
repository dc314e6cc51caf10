import { CATEGORY_IDS, type CategoryId } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';

/** How many documents a binder has in each checklist category, and how many are not filed yet. */
export interface CategoryCounts {
  byCategory: Record<CategoryId, number>;
  unfiled: number;
  total: number;
}

export function countByCategory(documents: ReadonlyArray<Pick<DocumentSummary, 'category'>>): CategoryCounts {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  let unfiled = 0;
  for (const doc of documents) {
    if (doc.category) byCategory[doc.category] += 1;
    else unfiled += 1;
  }
  return { byCategory, unfiled, total: documents.length };
}

/** "1 document", "12 documents". */
export function describeCount(count: number, noun = 'document'): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}
