import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { ActionDialog } from '../../ui/ActionDialog.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';

export interface MergeDialogProps {
  doc: Pick<DocumentSummary, 'id' | 'title' | 'personId'>;
  onClose: () => void;
  onMerged: (newId: string, originals: string[]) => void;
}

/** Put pages that belong together (a report scanned as separate files) into one document. */
export function MergeDialog({ doc, onClose, onMerged }: MergeDialogProps) {
  const api = useApi();
  const documents = useCall(CALLS.documentsList, { personId: doc.personId });
  const others = (documents.value ?? []).filter((d) => d.id !== doc.id);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function merge() {
    if (chosen.size === 0) return setError('Tick at least one document to put together with this one.');
    const ids = [doc.id, ...others.filter((d) => chosen.has(d.id)).map((d) => d.id)];
    setBusy(true);
    const result = await api.call(CALLS.documentsMerge, { ids });
    setBusy(false);
    if (result.ok) onMerged(result.value.documentId, ids);
    else setError(result.error.message);
  }

  return (
    <ActionDialog
      title="Put together with…"
      onClose={onClose}
      failure={error}
      action={{ label: 'Put together', busy, busyLabel: 'Putting together…', onClick: () => void merge() }}
    >
      <p>
        The pages of “{doc.title}” come first, then those of the documents you tick, in the order shown. The
        originals go to the trash.
      </p>
      {documents.value === null ? (
        <p role="status">Loading the binder…</p>
      ) : others.length === 0 ? (
        <p>There is no other document in this binder yet.</p>
      ) : (
        <fieldset className="choice-list choice-list--scroll">
          <legend>Documents in this binder</legend>
          {others.map((d) => (
            <Checkbox
              key={d.id}
              label={d.title}
              hint={d.docDate ? formatLongDate(d.docDate) : undefined}
              checked={chosen.has(d.id)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(d.id);
                else next.delete(d.id);
                setChosen(next);
              }}
            />
          ))}
        </fieldset>
      )}
    </ActionDialog>
  );
}
