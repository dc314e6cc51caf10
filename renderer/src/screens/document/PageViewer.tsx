import { useId, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { DocumentDetail } from '../../../../shared/schemas/documents.schema.ts';
import { useCall } from '../../api/use-call.ts';
import { cx } from '../../lib/class-names.ts';
import { Button } from '../../ui/Button.tsx';
import { RotateIcon } from '../../ui/icons.tsx';
import { describePageQuality } from './page-quality.ts';

type Page = DocumentDetail['pages'][number];
type Zoom = 'fit' | '100' | '200';

const ZOOMS: ReadonlyArray<{ id: Zoom; label: string }> = [
  { id: 'fit', label: 'Fit width' },
  { id: '100', label: '100%' },
  { id: '200', label: '200%' },
];

export interface PageViewerProps {
  documentId: string;
  page: Page;
  pageCount: number;
  onRotate: (() => void) | null;
}

/**
 * One page: its picture with zoom (when it has one) and the text read from it, with how well it was read.
 * The parent gives it a new key after a rotation, so the new picture is fetched.
 */
export function PageViewer({ documentId, page, pageCount, onRotate }: PageViewerProps) {
  const textId = useId();
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [natural, setNatural] = useState<number | null>(null);
  const image = useCall(
    CALLS.documentsPageImage,
    page.hasImage ? { id: documentId, pageNo: page.pageNo, size: 'full' } : null,
  );
  const width = zoom === 'fit' || !natural ? undefined : natural * (zoom === '200' ? 2 : 1);
  const quality = describePageQuality(page);
  const unsure = page.source === 'ocr' && quality !== 'Read clearly';

  return (
    <section className="page-viewer" aria-label={`Page ${page.pageNo} of ${pageCount}`}>
      {page.hasImage && (
        <div className="page-viewer__image">
          <div className="toolbar" role="toolbar" aria-label="Page picture">
            <div className="segmented" role="group" aria-label="Zoom">
              {ZOOMS.map((z) => (
                <button
                  key={z.id}
                  type="button"
                  className="segmented__button"
                  aria-pressed={zoom === z.id}
                  onClick={() => setZoom(z.id)}
                >
                  {z.label}
                </button>
              ))}
            </div>
            {onRotate && (
              <Button variant="quiet" onClick={onRotate}>
                <RotateIcon /> Rotate page
              </Button>
            )}
          </div>
          <div
            className={cx('scan', zoom === 'fit' && 'scan--fit')}
            tabIndex={0}
            aria-label="Page picture, scroll to move around"
          >
            {image.value?.dataUrl ? (
              <img
                src={image.value.dataUrl}
                alt={`Page ${page.pageNo} as scanned`}
                style={width ? { width, maxWidth: 'none' } : undefined}
                onLoad={(event) => setNatural(event.currentTarget.naturalWidth)}
              />
            ) : (
              <p className="muted">{image.error ?? 'Loading the picture…'}</p>
            )}
          </div>
        </div>
      )}
      <div className="page-viewer__text">
        <h2 id={textId} className="page-viewer__title">
          Text of page {page.pageNo}
        </h2>
        <p className={cx('quality', unsure && 'quality--unsure')}>
          {quality}
          {page.source === 'ocr' && page.confidence !== null && (
            <span className="muted"> (read with {Math.round(page.confidence)}% confidence)</span>
          )}
        </p>
        {!page.hasImage && (
          <p className="muted">This page came with its own text, so there is no picture to show.</p>
        )}
        <pre className="page-text" aria-labelledby={textId} tabIndex={0}>
          {page.text.trim() || 'No text was found on this page.'}
        </pre>
      </div>
    </section>
  );
}
