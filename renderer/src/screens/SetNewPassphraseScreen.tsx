import { useRef, useState, type FormEvent } from 'react';
import { CALLS } from '../../../shared/api/contract.ts';
import { useApi } from '../api/api-provider.ts';
import { useFocusOnMount } from '../lib/use-focus-on-mount.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Notice } from '../ui/Notice.tsx';
import { checkNewPassphrase, type NewPassphraseErrors } from './new-passphrase.ts';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';

/**
 * After opening the vault with the recovery key, a new passphrase is required before anything else:
 * the old one is forgotten, and the recovery key should go back to being the spare.
 */
export function SetNewPassphraseScreen({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkNewPassphrase(passphrase, confirm);
    setErrors(found);
    setFailure(null);
    if (found.passphrase) return passphraseRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const result = await api.call(CALLS.vaultChangePassphrase, { current: null, next: passphrase });
    setBusy(false);
    if (result.ok) return onDone();
    if (result.error.code === 'WEAK_PASSPHRASE') {
      setErrors({ passphrase: result.error.message });
      passphraseRef.current?.focus();
    } else setFailure(result.error.message);
  }

  return (
    <div className="page page--narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        Choose a new passphrase
      </h1>
      <p className="lead">
        You opened CareBinder with your recovery key. Choose a new passphrase now — you will use it from now
        on. Your recovery key stays the same, so keep it safe.
      </p>
      <Card as="div">
        <form className="form" onSubmit={submit} noValidate>
          <NewPassphraseFields
            label="New passphrase"
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            errors={errors}
            passphraseRef={passphraseRef}
            confirmRef={confirmRef}
          />
          {failure && (
            <Notice tone="error" title="The passphrase was not changed.">
              {failure}
            </Notice>
          )}
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              Save the new passphrase
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
