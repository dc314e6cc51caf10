import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CALLS } from '../../../shared/api/contract.ts';
import type { VaultStatus } from '../../../shared/schemas/vault.schema.ts';
import { useApi } from '../api/api-provider.ts';
import { useFocusOnMount } from '../lib/use-focus-on-mount.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Checkbox } from '../ui/Checkbox.tsx';
import { TextField } from '../ui/Field.tsx';
import { LockIcon } from '../ui/icons.tsx';
import { Notice } from '../ui/Notice.tsx';
import { PasswordField } from '../ui/PasswordField.tsx';

export interface UnlockScreenProps {
  status: VaultStatus;
  /** Why the vault is locked now ("Locked after 10 minutes without activity."), or null. */
  note: string | null;
  /** Try the remembered device key once on arrival (app start only: never right after locking). */
  autoUnlock: boolean;
  onUnlocked: (status: VaultStatus) => void;
}

type Mode = 'passphrase' | 'recovery';

/** Unlocks the vault with the passphrase, the remembered device key, or the recovery key. */
export function UnlockScreen({ status, note, autoUnlock, onUnlocked }: UnlockScreenProps) {
  const api = useApi();
  const [trying, setTrying] = useState(autoUnlock && status.remember.enabled);
  const [mode, setMode] = useState<Mode>('passphrase');
  // Messages about the remembered-device path; passphrase mistakes are shown on the field itself.
  const [deviceMessage, setDeviceMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!(autoUnlock && status.remember.enabled)) return;
    let cancelled = false;
    void api.call(CALLS.vaultUnlockRemembered, {}).then((result) => {
      if (cancelled) return;
      if (result.ok) onUnlocked(result.value);
      else {
        setTrying(false);
        setDeviceMessage(result.error.message);
      }
    });
    return () => {
      cancelled = true;
    };
    // Runs once when the screen appears; later status changes must not unlock again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function unlockWithDevice() {
    setBusy(true);
    setDeviceMessage(null);
    const result = await api.call(CALLS.vaultUnlockRemembered, {});
    setBusy(false);
    if (result.ok) onUnlocked(result.value);
    else setDeviceMessage(result.error.message);
  }

  if (trying) {
    return (
      <div className="page page--narrow page--center">
        <Card className="unlocking" aria-labelledby="unlocking-title">
          <LockIcon className="unlocking__icon" />
          <h1 id="unlocking-title">Unlocking…</h1>
          <p role="status">This computer remembers your vault. Opening it now.</p>
        </Card>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      {mode === 'passphrase' ? (
        <PassphraseForm
          key="passphrase"
          status={status}
          note={note}
          deviceMessage={deviceMessage}
          onUnlocked={onUnlocked}
          onUseRecovery={() => {
            setDeviceMessage(null);
            setMode('recovery');
          }}
          onUseDevice={status.remember.enabled ? unlockWithDevice : null}
          deviceBusy={busy}
        />
      ) : (
        <RecoveryForm key="recovery" onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />
      )}
    </div>
  );
}

interface PassphraseFormProps {
  status: VaultStatus;
  note: string | null;
  deviceMessage: string | null;
  onUnlocked: (status: VaultStatus) => void;
  onUseRecovery: () => void;
  onUseDevice: (() => void) | null;
  deviceBusy: boolean;
}

function PassphraseForm({
  status,
  note,
  deviceMessage,
  onUnlocked,
  onUseRecovery,
  onUseDevice,
  deviceBusy,
}: PassphraseFormProps) {
  const api = useApi();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const inputRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(status.remember.enabled);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setError('Please type your passphrase.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const input = status.remember.available ? { passphrase, remember } : { passphrase };
    const result = await api.call(CALLS.vaultUnlock, input);
    setBusy(false);
    if (result.ok) return onUnlocked(result.value);
    setError(result.error.message);
    inputRef.current?.select();
    inputRef.current?.focus();
  }

  return (
    <>
      <header className="intro">
        <LockIcon className="intro__icon" />
        <h1 ref={headingRef} tabIndex={-1}>
          Unlock CareBinder
        </h1>
        <p className="lead">Your records are locked. Type your passphrase to open them.</p>
      </header>
      {note && (
        <Notice tone="info" title={note}>
          Your records are safe. Unlock to carry on.
        </Notice>
      )}
      {deviceMessage && <Notice tone="info">{deviceMessage}</Notice>}
      <Card as="div">
        <form className="form" onSubmit={submit} noValidate>
          <PasswordField
            ref={inputRef}
            label="Passphrase"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={error}
            autoComplete="current-password"
          />
          <Checkbox
            label="Remember on this computer"
            hint={
              status.remember.available
                ? 'Next time, CareBinder opens without asking for your passphrase on this computer. Only choose this if nobody else uses your account.'
                : (status.remember.reason ?? 'This computer cannot keep the key safely.')
            }
            checked={status.remember.available && remember}
            disabled={!status.remember.available}
            onChange={(e) => setRemember(e.target.checked)}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Unlocking…">
              Unlock
            </Button>
            {onUseDevice && (
              <Button variant="secondary" busy={deviceBusy} busyLabel="Unlocking…" onClick={onUseDevice}>
                Unlock with this computer
              </Button>
            )}
          </div>
        </form>
      </Card>
      <p className="alt-path">
        Forgot your passphrase?{' '}
        <button type="button" className="link-button" onClick={onUseRecovery}>
          Use my recovery key instead
        </button>
      </p>
    </>
  );
}

function RecoveryForm({
  onUnlocked,
  onBack,
}: {
  onUnlocked: (status: VaultStatus) => void;
  onBack: () => void;
}) {
  const api = useApi();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const inputRef = useRef<HTMLInputElement>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!recoveryKey.trim()) {
      setError('Please type your recovery key.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call(CALLS.vaultUnlock, { recoveryKey: recoveryKey.trim() });
    setBusy(false);
    if (result.ok) return onUnlocked(result.value);
    setError(result.error.message);
    inputRef.current?.focus();
  }

  return (
    <>
      <header className="intro">
        <LockIcon className="intro__icon" />
        <h1 ref={headingRef} tabIndex={-1}>
          Unlock with your recovery key
        </h1>
        <p className="lead">
          Type the recovery key you printed or wrote down when you set up CareBinder. Afterwards you will
          choose a new passphrase.
        </p>
      </header>
      <Card as="div">
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            ref={inputRef}
            label="Recovery key"
            hint="32 letters and numbers in 8 groups of 4. Capitals, spaces and dashes do not matter."
            className="field--key"
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.target.value)}
            error={error}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Unlocking…">
              Unlock
            </Button>
            <Button variant="quiet" onClick={onBack}>
              Back to passphrase
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}
