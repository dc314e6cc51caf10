import { useRef, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { DocumentList } from './DocumentList.tsx';
import { newestFirst } from './document-order.ts';

export interface TrashTabProps {
  personId: string;
  /** Called after a document was put back, so the binder's list and counts include it again. */
  onChanged: () => void;
}

/** The binder's trash: documents moved there, each with "Put back". Nothing is erased from here. */
export function TrashTab({ personId, onChanged }: TrashTabProps) {
  const api = useApi();
  const toast = useToast();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const trashed = useCall(CALLS.documentsList, { personId, trashed: true });
  const [busyId, setBusyId] = useState<string | null>(null);

  async function putBack(doc: DocumentSummary) {
    setBusyId(doc.id);
    const result = await api.call(CALLS.documentsRestore, { id: doc.id });
    if (!result.ok) {
      setBusyId(null);
      return toast({ message: result.error.message });
    }
    await trashed.reload();
    setBusyId(null);
    onChanged();
    // The row and its button are gone: start again from the top of the trash.
    headingRef.current?.focus();
    toast({ message: `“${doc.title}” is back in the binder.` });
  }

  const list = trashed.value ? [...trashed.value].sort(newestFirst) : null;

  return (
    <div className="stack">
      <h2 ref={headingRef} tabIndex={-1}>
        Trash
      </h2>
      <p className="muted">
        Nothing is ever erased from the trash. Documents here stay safe in the encrypted vault; they are only
        left out of the binder. Put one back to return it to the binder as it was.
      </p>
      {trashed.error && (
        <Notice tone="error" title="The trash could not be opened.">
          <p>{trashed.error}</p>
          <Button onClick={() => void trashed.reload()}>Try again</Button>
        </Notice>
      )}
      {list === null && !trashed.error && <p role="status">Loading…</p>}
      {list?.length === 0 && (
        <EmptyState icon={<TrashIcon />} title="The trash is empty">
          <p>
            When you move a document to the trash from the document viewer, it waits here and you can put it
            back at any time.
          </p>
        </EmptyState>
      )}
      {list && list.length > 0 && (
        <DocumentList
          documents={list}
          label="Documents in the trash"
          action={(doc) => (
            <Button busy={busyId === doc.id} busyLabel="Putting back…" onClick={() => void putBack(doc)}>
              Put back<span className="visually-hidden"> “{doc.title}”</span>
            </Button>
          )}
        />
      )}
    </div>
  );
}
