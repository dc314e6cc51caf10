import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { Badge, type BadgeTone } from '../../ui/Badge.tsx';
import { describeStatus } from './document-status.ts';

const TONES: Record<DocumentSummary['status'], BadgeTone> = {
  queued: 'working',
  reading: 'working',
  needs_review: 'attention',
  failed: 'problem',
  done: 'good',
};

/** A document's state as a badge whose words say it all ("Needs a look", "Reading…"). */
export function StatusBadge({ doc }: { doc: Pick<DocumentSummary, 'status' | 'errorMessage'> }) {
  return <Badge tone={TONES[doc.status]}>{describeStatus(doc)}</Badge>;
}
