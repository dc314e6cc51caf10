import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface CategoryDialogProps {
  doc: Pick<DocumentSummary, 'id' | 'title' | 'category'>;
  onClose: () => void;
  /** Called after the category was saved, with how many of the person's choices CareBinder has learned from. */
  onSaved: (document: DocumentSummary, learnedExamples: number) => void;
}

/** Choose the checklist category for one document (the choice also teaches the classifier). */
export function CategoryDialog({ doc, onClose, onSaved }: CategoryDialogProps) {
  const api = useApi();
  const [choice, setChoice] = useState<CategoryId | null>(doc.category);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function save() {
    if (!choice) return;
    setBusy(true);
    const result = await api.call(CALLS.documentsSetCategory, { id: doc.id, category: choice });
    setBusy(false);
    if (result.ok) onSaved(result.value.document, result.value.learnedExamples);
    else setFailure(result.error.message);
  }

  return (
    <Dialog
      title="Choose a category"
      onClose={onClose}
      footer={
        <>
          <Button
            variant="primary"
            busy={busy}
            busyLabel="Saving…"
            disabled={!choice}
            onClick={() => void save()}
          >
            File it here
          </Button>
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <fieldset className="choice-list">
        <legend>Where does “{doc.title}” belong?</legend>
        {CATEGORY_IDS.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="category"
              value={id}
              checked={choice === id}
              onChange={() => setChoice(id)}
            />
            {CATEGORY_LABELS[id]}
          </label>
        ))}
      </fieldset>
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
