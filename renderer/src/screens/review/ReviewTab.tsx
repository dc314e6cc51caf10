import { useRef, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useRefocus } from '../../lib/use-refocus.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { CheckIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { CategoryDialog } from '../document/CategoryDialog.tsx';
import { useMoveDocument } from '../document/use-move-document.ts';
import { MergeDialog } from './MergeDialog.tsx';
import { ReviewItem } from './ReviewItem.tsx';
import { SplitDialog } from './SplitDialog.tsx';
import { useUndoableReplace } from './use-undoable-replace.ts';

type Open = { kind: 'category' | 'split' | 'merge'; doc: DocumentSummary } | null;

/** "CareBinder has learned from 3 of your choices." */
function describeLearned(count: number): string {
  if (count === 0) return 'CareBinder learns from every category you confirm.';
  return `CareBinder has learned from ${count} of your choices.`;
}

/** The documents that need a person: confirm a category in one click, move, split or merge. */
export function ReviewTab({ personId, onChanged }: { personId: string; onChanged: () => void }) {
  const api = useApi();
  const toast = useToast();
  const { navigate } = useNavigation();
  const queue = useCall(CALLS.reviewList, { personId });
  const stats = useCall(CALLS.classifierStats, {});
  const [learned, setLearned] = useState<number | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refocus = useRefocus();

  const refresh = () => {
    void queue.reload();
    onChanged();
  };
  const { move } = useMoveDocument(personId, refresh);
  const replaced = useUndoableReplace(refresh);

  const filed = async (saved: DocumentSummary, learnedExamples: number) => {
    setLearned(learnedExamples);
    onChanged();
    toast({
      message: `“${saved.title}” was filed under ${saved.category ? CATEGORY_LABELS[saved.category] : 'Other'}.`,
    });
    // The filed document leaves the queue, taking focus with it: carry on from the queue's heading.
    await queue.reload();
    refocus(() => headingRef.current);
  };

  async function file(doc: DocumentSummary, category: CategoryId) {
    setBusyId(doc.id);
    const result = await api.call(CALLS.documentsSetCategory, { id: doc.id, category });
    setBusyId(null);
    if (result.ok) await filed(result.value.document, result.value.learnedExamples);
    else toast({ message: result.error.message });
  }

  const list = queue.value;
  const learnedCount = learned ?? stats.value?.learnedExamples ?? null;

  return (
    <div className="stack">
      <div className="review-head">
        <h2 ref={headingRef} tabIndex={-1}>
          Documents that need a look
        </h2>
        {learnedCount !== null && (
          <p className="muted" aria-live="polite">
            {describeLearned(learnedCount)}
          </p>
        )}
      </div>
      {queue.error && <Notice tone="error">{queue.error}</Notice>}
      {list === null && !queue.error && <p role="status">Loading…</p>}
      {list?.length === 0 && (
        <EmptyState icon={<CheckIcon />} title="Nothing to look at">
          <p>
            Every document in this binder is filed. New ones CareBinder is unsure about will show up here.
          </p>
        </EmptyState>
      )}
      {list && list.length > 0 && (
        <ul className="review-list" aria-label="Documents that need a look">
          {list.map((doc) => (
            <ReviewItem
              key={doc.id}
              doc={doc}
              busy={busyId === doc.id}
              onFile={(category) => void file(doc, category)}
              onChoose={() => setOpen({ kind: 'category', doc })}
              onMove={(id, name) => void move(doc.id, id, name)}
              onSplit={() => setOpen({ kind: 'split', doc })}
              onMerge={() => setOpen({ kind: 'merge', doc })}
              onOpen={() => navigate({ screen: 'document', personId, documentId: doc.id, pageNo: 1 })}
            />
          ))}
        </ul>
      )}

      {open?.kind === 'category' && (
        <CategoryDialog
          doc={open.doc}
          onClose={() => setOpen(null)}
          onSaved={(saved, count) => {
            setOpen(null);
            void filed(saved, count);
          }}
        />
      )}
      {open?.kind === 'split' && (
        <SplitDialog
          doc={open.doc}
          onClose={() => setOpen(null)}
          onSplit={(ids) => {
            setOpen(null);
            replaced(`Split into ${ids.length} documents.`, [open.doc.id], ids);
          }}
        />
      )}
      {open?.kind === 'merge' && (
        <MergeDialog
          doc={open.doc}
          onClose={() => setOpen(null)}
          onMerged={(id, originals) => {
            setOpen(null);
            replaced(`Put ${originals.length} documents together.`, originals, [id]);
          }}
        />
      )}
    </div>
  );
}
