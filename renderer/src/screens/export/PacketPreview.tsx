import type { ExportPreview } from '../../../../shared/schemas/export.schema.ts';
import { Notice } from '../../ui/Notice.tsx';
import { describeDocuments, describeMedicines, describeMegabytes, describePages } from './packet-words.ts';

export interface PacketPreviewProps {
  /** The packet as chosen (null while loading or when nothing is chosen). */
  preview: ExportPreview | null;
  /** True when every document was left out. */
  empty: boolean;
  error: string | null;
}

/**
 * What the packet will hold, kept up to date as choices change. The summary line is a polite live
 * region, so a screen reader hears the new totals after each tick.
 */
export function PacketPreview({ preview, empty, error }: PacketPreviewProps) {
  const summary = empty
    ? 'Nothing is chosen yet. Tick at least one document.'
    : preview
      ? `${describeDocuments(preview.documents.length)}, ${describePages(preview.pageCount)}, and a medication history with ${describeMedicines(preview.medications)}. About ${describeMegabytes(preview.estimatedBytes)} as a folder or ZIP.`
      : 'Counting…';
  return (
    <section className="export-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">The packet</h2>
      <p className="export-preview__lead">A summary for the doctor comes first, then the documents.</p>
      <p className="export-preview__summary" role="status" data-testid="packet-summary">
        {summary}
      </p>
      {preview && !empty && preview.overEmailLimit && (
        <Notice tone="warning" title="Too big for most email — split it or leave out large items.">
          <p>Choose “An email attachment (ZIP)” below and split it into parts, or untick some documents.</p>
        </Notice>
      )}
      {error && (
        <Notice tone="error" title="The packet could not be counted.">
          <p>{error}</p>
        </Notice>
      )}
    </section>
  );
}
