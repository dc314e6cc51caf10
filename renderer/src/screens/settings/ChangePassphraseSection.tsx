import { useRef, useState, type FormEvent } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { NewPassphraseFields } from '../NewPassphraseFields.tsx';
import { useNewPassphrase } from '../use-new-passphrase.ts';
import { SettingsCard } from './SettingsCard.tsx';

/** Changes the passphrase (the records are not re-encrypted; only the key that opens them is). */
export function ChangePassphraseSection() {
  const api = useApi();
  const currentRef = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const next = useNewPassphrase();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const wrong = next.check();
    const missingCurrent = current ? null : 'Please type your current passphrase.';
    setCurrentError(missingCurrent);
    if (missingCurrent) return currentRef.current?.focus();
    if (wrong) return wrong.current?.focus();
    setBusy(true);
    const result = await api.call(CALLS.vaultChangePassphrase, { current, next: next.passphrase });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      next.clear();
      setMessage({ tone: 'success', text: 'Your passphrase is changed. Use the new one from now on.' });
      return;
    }
    if (result.error.code === 'WRONG_PASSPHRASE') {
      setCurrentError(result.error.message);
      currentRef.current?.focus();
    } else if (result.error.code === 'WEAK_PASSPHRASE') next.showWeak(result.error.message);
    else setMessage({ tone: 'error', text: result.error.message });
  }

  return (
    <SettingsCard headingId="passphrase-title" title="Change passphrase">
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField
          ref={currentRef}
          label="Current passphrase"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={currentError}
          autoComplete="current-password"
        />
        <NewPassphraseFields label="New passphrase" {...next.fields} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Changing…">
            Change passphrase
          </Button>
        </div>
      </form>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </SettingsCard>
  );
}
