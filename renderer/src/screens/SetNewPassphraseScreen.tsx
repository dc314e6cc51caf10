import { CALLS } from '../../../shared/api/contract.ts';
import { useApi } from '../api/api-provider.ts';
import { useFocusOnMount } from '../lib/use-focus-on-mount.ts';
import { Card } from '../ui/Card.tsx';
import { ChoosePassphraseForm } from './ChoosePassphraseForm.tsx';

/**
 * After opening the vault with the recovery key, a new passphrase is required before anything else:
 * the old one is forgotten, and the recovery key should go back to being the spare.
 */
export function SetNewPassphraseScreen({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

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
        <ChoosePassphraseForm
          label="New passphrase"
          save={(passphrase) => api.call(CALLS.vaultChangePassphrase, { current: null, next: passphrase })}
          onSaved={onDone}
          failureTitle="The passphrase was not changed."
          submitLabel="Save the new passphrase"
          busyLabel="Saving…"
        />
      </Card>
    </div>
  );
}
