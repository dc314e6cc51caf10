import { useRef, useState, type FormEvent } from 'react';
import { CALLS } from '../../../shared/api/contract.ts';
import { useApi } from '../api/api-provider.ts';
import { useFocusOnMount } from '../lib/use-focus-on-mount.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { BinderIcon, LockIcon, ShieldIcon } from '../ui/icons.tsx';
import { Notice } from '../ui/Notice.tsx';
import { checkNewPassphrase, type NewPassphraseErrors } from './new-passphrase.ts';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';

/** The first screen on a new computer: what CareBinder does, then choosing the vault's passphrase. */
export function FirstRunScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
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
    const result = await api.call(CALLS.vaultCreate, { passphrase });
    setBusy(false);
    if (result.ok) return onCreated(result.value.recoveryKey);
    if (result.error.code === 'WEAK_PASSPHRASE') {
      setErrors({ passphrase: result.error.message });
      passphraseRef.current?.focus();
    } else setFailure(result.error.message);
  }

  return (
    <div className="page page--narrow">
      <header className="intro">
        <BinderIcon className="intro__icon" />
        <h1 ref={headingRef} tabIndex={-1}>
          Welcome to CareBinder
        </h1>
        <p className="lead">
          CareBinder keeps your family’s medical records together in one organised binder, so they are ready
          when a doctor gives a second opinion.
        </p>
      </header>

      <ul className="promises">
        <li>
          <ShieldIcon className="promises__icon" />
          <span>
            <strong>Everything stays on this computer.</strong> Nothing is sent anywhere. There is no account
            to create.
          </span>
        </li>
        <li>
          <LockIcon className="promises__icon" />
          <span>
            <strong>Locked with a passphrase only you know.</strong> Your records are stored encrypted, so
            nobody can read them without it.
          </span>
        </li>
      </ul>

      <Card aria-labelledby="create-title">
        <h2 id="create-title">Choose a passphrase</h2>
        <p>
          You will type it each time you open CareBinder. Next, you will get a recovery key to print or write
          down — it is the only other way in if you forget the passphrase.
        </p>
        <form className="form" onSubmit={submit} noValidate>
          <NewPassphraseFields
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            errors={errors}
            passphraseRef={passphraseRef}
            confirmRef={confirmRef}
          />
          {failure && (
            <Notice tone="error" title="The vault was not created.">
              {failure}
            </Notice>
          )}
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Creating your vault…">
              Create my vault
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
