import { CALLS } from '../../../shared/api/contract.ts';
import { useApi } from '../api/api-provider.ts';
import { useFocusOnMount } from '../lib/use-focus-on-mount.ts';
import { Card } from '../ui/Card.tsx';
import { BinderIcon, LockIcon, ShieldIcon } from '../ui/icons.tsx';
import { ChoosePassphraseForm } from './ChoosePassphraseForm.tsx';

/** The first screen on a new computer: what CareBinder does, then choosing the vault's passphrase. */
export function FirstRunScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const api = useApi();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

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
        <ChoosePassphraseForm
          save={(passphrase) => api.call(CALLS.vaultCreate, { passphrase })}
          onSaved={(value) => onCreated(value.recoveryKey)}
          failureTitle="The vault was not created."
          submitLabel="Create my vault"
          busyLabel="Creating your vault…"
        />
      </Card>
    </div>
  );
}
