import type { CategoryId } from '../../../shared/categories.ts';
import type { DocumentSummary } from '../../../shared/schemas/documents.schema.ts';
import { AppError } from '../errors.ts';
import { makeDocumentTitle } from '../extract/document-title.ts';
import { getPerson } from '../people/people.repo.ts';
import { listPeople } from '../people/people.service.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { learnConfirmedCategory } from './document-facts.service.ts';
import * as docs from './documents.repo.ts';
import { listDocuments, toSummary } from './documents-view.service.ts';
import { listPages } from './pages.repo.ts';

const notFound = () => new AppError('NOT_FOUND', 'That document is not in this vault any more.');

/** Documents waiting for a person: unsure category, unreadable pages, or a page naming someone else. */
export function reviewQueue(session: VaultSession, personId: string): DocumentSummary[] {
  return listDocuments(session, personId).filter((d) => d.status === 'needs_review');
}

/**
 * A person confirms or changes a document's category. It is filed there from now on, and the local
 * model learns from it (this is the only place learning happens: confirmed labels only).
 */
export function chooseCategory(
  session: VaultSession,
  id: string,
  category: CategoryId,
): { document: DocumentSummary; learnedExamples: number } {
  const row = docs.getDocument(session.db, id);
  if (!row) throw notFound();
  const text = listPages(session.db, id)
    .map((p) => p.text)
    .join('\n');
  // A title CareBinder wrote from its first guess ("Insurance document, …") would keep naming the old
  // category; one it did not write that way (a portal title, a recording, a person's own) stays.
  const oldCategory = row.category as CategoryId | null;
  const madeFromGuess =
    row.titleSource === 'auto' &&
    oldCategory !== null &&
    row.title === makeDocumentTitle({ category: oldCategory, text, date: row.docDate });
  const learnedExamples = session.db.transaction(() => {
    docs.setUserCategory(session.db, id, category);
    if (madeFromGuess)
      docs.setAutoTitle(session.db, id, makeDocumentTitle({ category, text, date: row.docDate }));
    return text.trim() ? learnConfirmedCategory(session, text, category) : 0;
  })();
  return {
    document: toSummary(docs.getDocument(session.db, id)!, listPeople(session, true)),
    learnedExamples,
  };
}

/** Files a document under another family member (after the "this page names someone else" warning). */
export function moveToPerson(session: VaultSession, id: string, personId: string): DocumentSummary {
  if (!docs.getDocument(session.db, id)) throw notFound();
  if (!getPerson(session.db, personId))
    throw new AppError('NOT_FOUND', 'That family member is not in this vault any more.');
  docs.setPerson(session.db, id, personId);
  return toSummary(docs.getDocument(session.db, id)!, listPeople(session, true));
}
