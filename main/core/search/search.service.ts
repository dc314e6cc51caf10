import type { VaultSession } from '../vault/vault-session.ts';

/** One page that matches a search, with a snippet whose matched words are marked. */
export interface SearchHit {
  documentId: string;
  title: string;
  category: string | null;
  docDate: string | null;
  page: number;
  /** The snippet as parts; `match` parts are the words found (shown highlighted). */
  snippet: { text: string; match: boolean }[];
}

export interface SearchQuery {
  query: string;
  personId: string;
  category?: string | null;
  from?: string | null;
  to?: string | null;
  limit?: number;
}

// Private-use characters mark matches inside FTS5 snippets: they never occur in document text.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * Turns what a person types into a safe FTS5 query: every word must appear (prefix match on the last
 * letters typed), quotes are literal, and FTS5 operators typed by accident have no effect.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' AND ');
}

function splitSnippet(raw: string): SearchHit['snippet'] {
  const parts: SearchHit['snippet'] = [];
  for (const [i, piece] of raw.split(new RegExp(`[${OPEN}${CLOSE}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}

/** The FTS5 scope tokens that select one person's live pages (and one category). */
function scopeFilter(personId: string, category: string | null | undefined): string {
  const person = `scope : "p${personId.replace(/-/g, '')}"`;
  return category ? `${person} AND scope : "c${category}"` : person;
}

/**
 * Full-text search over one person's pages (FTS5 inside the encrypted database), best matches first.
 * Person and category are filtered inside the index; snippets (the costly part) are made only for the
 * rows shown. A date range needs the documents table, so it filters the ranked matches afterwards.
 */
export function searchPages(session: VaultSession, q: SearchQuery): SearchHit[] {
  const words = toFtsQuery(q.query);
  if (!words) return [];
  const match = `text : (${words}) AND ${scopeFilter(q.personId, q.category)}`;
  const dated = Boolean(q.from || q.to);
  const rows = session.db
    .prepare(
      `WITH top AS (
         SELECT pages_fts.rowid AS rid, bm25(pages_fts) AS score FROM pages_fts
         WHERE pages_fts MATCH @match ORDER BY score LIMIT @window
       )
       SELECT d.id AS documentId, d.title, d.category, d.doc_date AS docDate, p.page_no AS page,
              snippet(pages_fts, 0, '${OPEN}', '${CLOSE}', '…', 14) AS raw
       FROM top
       JOIN pages_fts ON pages_fts.rowid = top.rid
       JOIN document_pages p ON p.rowid = top.rid
       JOIN documents d ON d.id = p.document_id
       WHERE pages_fts MATCH @match
         AND (@from IS NULL OR d.doc_date >= @from)
         AND (@to IS NULL OR d.doc_date <= @to)
       ORDER BY top.score
       LIMIT @limit`,
    )
    .all({
      match,
      from: q.from ?? null,
      to: q.to ?? null,
      limit: q.limit ?? 50,
      // With a date range, rank a wider window so filtering by date still leaves enough hits.
      window: dated ? 5000 : (q.limit ?? 50),
    }) as (Omit<SearchHit, 'snippet'> & { raw: string })[];
  return rows.map(({ raw, ...hit }) => ({ ...hit, snippet: splitSnippet(raw) }));
}

/** The snippet as one line, with matches in [brackets] (for the terminal). */
export function snippetText(snippet: SearchHit['snippet']): string {
  return snippet
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
