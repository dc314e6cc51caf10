import { useRef, useState, type FormEvent } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { checkNewPassphrase, type NewPassphraseErrors } from '../new-passphrase.ts';
import { NewPassphraseFields } from '../NewPassphraseFields.tsx';

/** Changes the passphrase (the records are not re-encrypted; only the key that opens them is). */
export function ChangePassphraseSection() {
  const api = useApi();
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const found = checkNewPassphrase(next, confirm);
    const missingCurrent = current ? null : 'Please type your current passphrase.';
    setCurrentError(missingCurrent);
    setErrors(found);
    if (missingCurrent) return currentRef.current?.focus();
    if (found.passphrase) return nextRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const result = await api.call(CALLS.vaultChangePassphrase, { current, next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setNext('');
      setConfirm('');
      setMessage({ tone: 'success', text: 'Your passphrase is changed. Use the new one from now on.' });
      return;
    }
    if (result.error.code === 'WRONG_PASSPHRASE') {
      setCurrentError(result.error.message);
      currentRef.current?.focus();
    } else if (result.error.code === 'WEAK_PASSPHRASE') {
      setErrors({ passphrase: result.error.message });
      nextRef.current?.focus();
    } else setMessage({ tone: 'error', text: result.error.message });
  }

  return (
    <Card aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">Change passphrase</h2>
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField
          ref={currentRef}
          label="Current passphrase"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={currentError}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          label="New passphrase"
          passphrase={next}
          confirm={confirm}
          onPassphrase={setNext}
          onConfirm={setConfirm}
          errors={errors}
          passphraseRef={nextRef}
          confirmRef={confirmRef}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Changing…">
            Change passphrase
          </Button>
        </div>
      </form>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </Card>
  );
}
