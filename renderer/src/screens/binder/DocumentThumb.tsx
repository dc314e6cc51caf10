import { useEffect, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useInView } from '../../lib/use-in-view.ts';
import { DocumentIcon } from '../../ui/icons.tsx';

/** Thumbnails already fetched, by `cacheKey` (null: the document has no picture of its first page). */
export type ThumbCache = Map<string, string | null>;

/** Enough for a few screens of rows in both directions; older ones are fetched again if needed. */
const CACHE_LIMIT = 300;
/** A row must stay on screen this long before its picture is asked for: scrolling past asks nothing. */
const SETTLE_MS = 150;

/** A document being read gets its picture later: its state is part of the key. */
function cacheKey(doc: DocumentThumbProps['doc']): string {
  return `${doc.id}:${doc.status}`;
}

function remember(cache: ThumbCache, key: string, dataUrl: string | null): void {
  cache.set(key, dataUrl);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

export interface DocumentThumbProps {
  doc: Pick<DocumentSummary, 'id' | 'pageCount' | 'status'>;
  /** Owned by the list, so pictures go when the list does (on lock the whole screen goes). */
  cache: ThumbCache;
}

/**
 * A small picture of the first page, fetched only once the row has stayed on screen for a moment (so a
 * fast scroll through thousands of rows asks for none of them); until then, and for documents without a
 * picture, a document icon. Decorative: the row's title names the document.
 */
export function DocumentThumb({ doc, cache }: DocumentThumbProps) {
  const api = useApi();
  const [ref, inView] = useInView<HTMLSpanElement>();
  const key = cacheKey(doc);
  const [fetched, setFetched] = useState<{ key: string; dataUrl: string | null } | null>(null);
  const dataUrl = cache.get(key) ?? (fetched?.key === key ? fetched.dataUrl : null);
  const wanted = inView && doc.pageCount > 0 && !cache.has(key);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.call(CALLS.documentsPageImage, { id: doc.id, pageNo: 1, size: 'thumb' }).then((result) => {
        const url = result.ok ? result.value.dataUrl : null;
        remember(cache, key, url);
        if (live) setFetched({ key, dataUrl: url });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, cache, doc.id, key, wanted]);

  return (
    <span ref={ref} className="doc-row__thumb" aria-hidden="true">
      {dataUrl ? <img src={dataUrl} alt="" decoding="async" /> : <DocumentIcon />}
    </span>
  );
}
