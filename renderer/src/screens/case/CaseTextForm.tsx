import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.tsx';
import { TextAreaField } from '../../ui/Field.tsx';

export interface CaseTextFormProps {
  label: string;
  hint?: string;
  saved: string | null;
  rows?: number;
  saveLabel: string;
  /** Saves the text (null when cleared); resolves with the error to show, or null. */
  onSave: (text: string | null) => Promise<string | null>;
}

/** A longer free text (visit notes, how the opinions differ) with its own Save button and a saved note. */
export function CaseTextForm({ label, hint, saved, rows = 6, saveLabel, onSave }: CaseTextFormProps) {
  const [text, setText] = useState(saved ?? '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const changed = text.trim() !== (saved ?? '').trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failed = await onSave(text.trim() || null);
    setBusy(false);
    setError(failed);
    setStatus(failed ? '' : 'Saved.');
  }

  return (
    <form className="form case-text-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextAreaField
        label={label}
        optional
        hint={hint}
        rows={rows}
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.target.value);
          setStatus('');
        }}
      />
      <div className="actions-row">
        <Button type="submit" variant={changed ? 'primary' : 'secondary'} busy={busy} busyLabel="Saving…">
          {saveLabel}
        </Button>
        <span className="muted" role="status">
          {status || (changed ? 'Not saved yet.' : '')}
        </span>
      </div>
    </form>
  );
}
