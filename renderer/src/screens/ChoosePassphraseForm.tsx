import { useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/errors.ts';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';
import { useNewPassphrase } from './use-new-passphrase.ts';

export interface ChoosePassphraseFormProps<T> {
  /** Asks the core to take the passphrase (create the vault, or replace a forgotten passphrase). */
  save: (passphrase: string) => Promise<Result<T>>;
  onSaved: (value: T) => void;
  /** "New passphrase" when replacing one; the fields' default otherwise. */
  label?: string;
  failureTitle: string;
  submitLabel: string;
  busyLabel: string;
}

/**
 * The form that chooses a passphrase with no current one to type: checks both fields, saves, and shows
 * the core's answer on the field it concerns (too easy to guess) or above the button (anything else).
 */
export function ChoosePassphraseForm<T>({
  save,
  onSaved,
  label,
  failureTitle,
  submitLabel,
  busyLabel,
}: ChoosePassphraseFormProps<T>) {
  const next = useNewPassphrase();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = next.check();
    setFailure(null);
    if (wrong) return wrong.current?.focus();
    setBusy(true);
    const result = await save(next.passphrase);
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    if (result.error.code === 'WEAK_PASSPHRASE') next.showWeak(result.error.message);
    else setFailure(result.error.message);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <NewPassphraseFields label={label} {...next.fields} />
      {failure && (
        <Notice tone="error" title={failureTitle}>
          {failure}
        </Notice>
      )}
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
