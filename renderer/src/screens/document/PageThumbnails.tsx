import { CALLS } from '../../../../shared/api/contract.ts';
import type { DocumentDetail } from '../../../../shared/schemas/documents.schema.ts';
import { useCall } from '../../api/use-call.ts';

type Page = DocumentDetail['pages'][number];

/** Pictures are fetched for this many pages; later pages show their number only (a 500-page file stays quick). */
const THUMB_LIMIT = 60;

function Thumbnail({ documentId, page, index }: { documentId: string; page: Page; index: number }) {
  const withImage = page.hasImage && index < THUMB_LIMIT;
  const image = useCall(
    CALLS.documentsPageImage,
    withImage ? { id: documentId, pageNo: page.pageNo, size: 'thumb' } : null,
  );
  if (image.value?.dataUrl) return <img src={image.value.dataUrl} alt="" className="thumb__img" />;
  return (
    <span className="thumb__text" aria-hidden="true">
      {page.text.slice(0, 80) || '…'}
    </span>
  );
}

export interface PageThumbnailsProps {
  documentId: string;
  pages: Page[];
  current: number;
  onSelect: (pageNo: number) => void;
}

/** The document's pages as small pictures; the current page is marked in words for screen readers too. */
export function PageThumbnails({ documentId, pages, current, onSelect }: PageThumbnailsProps) {
  return (
    <nav className="thumbs" aria-label="Pages">
      <ol>
        {pages.map((page, index) => (
          <li key={page.pageNo}>
            <button
              type="button"
              className="thumb"
              aria-current={page.pageNo === current ? 'page' : undefined}
              onClick={() => onSelect(page.pageNo)}
            >
              <Thumbnail documentId={documentId} page={page} index={index} />
              <span className="thumb__label">Page {page.pageNo}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
