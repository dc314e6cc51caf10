import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';

export interface TitleEditorProps {
  documentId: string;
  title: string;
  onSaved: () => void;
}

/** The document's name, editable in place; saved only when it changed. */
export function TitleEditor({ documentId, title, onSaved }: TitleEditorProps) {
  const api = useApi();
  const [text, setText] = useState(title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = text.trim() !== title && text.trim().length > 0;

  return (
    <form
      className="form form--inline title-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed) return;
        setBusy(true);
        void api.call(CALLS.documentsRename, { id: documentId, title: text.trim() }).then((result) => {
          setBusy(false);
          setError(result.ok ? null : result.error.message);
          if (result.ok) onSaved();
        });
      }}
    >
      <TextField
        label="Name of this document"
        value={text}
        error={error}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" busy={busy} busyLabel="Saving…" aria-disabled={!changed || undefined}>
        Save name
      </Button>
    </form>
  );
}
