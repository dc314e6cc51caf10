import { useRef, useState, type FormEvent } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { PathField } from '../../ui/PathField.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { SettingsCard } from './SettingsCard.tsx';

type RestoreKey = 'backupPath' | 'targetDir' | 'passphrase';
type RestoreErrors = Partial<Record<RestoreKey, string>>;

/**
 * Restores a backup into a new, empty folder. It never touches the vault that is open now, which is why
 * it needs no confirmation: the worst outcome is an extra folder.
 */
export function RestoreSection() {
  const api = useApi();
  const backupPathRef = useRef<HTMLInputElement>(null);
  const targetDirRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<RestoreKey, string>>({
    backupPath: '',
    targetDir: '',
    passphrase: '',
  });
  const [errors, setErrors] = useState<RestoreErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ dir: string; documents: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const { backupPath, targetDir, passphrase } = values;
  const bind = (key: RestoreKey) => ({
    value: values[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setFailure(null);
    const found: RestoreErrors = {};
    if (!backupPath.trim()) found.backupPath = 'Please type where the backup file is.';
    if (!targetDir.trim()) found.targetDir = 'Please type a new folder to restore into.';
    if (!passphrase) found.passphrase = 'Please type the passphrase that was used when the backup was made.';
    setErrors(found);
    const fieldRefs = { backupPath: backupPathRef, targetDir: targetDirRef, passphrase: passphraseRef };
    const first = (['backupPath', 'targetDir', 'passphrase'] as const).find((key) => found[key]);
    if (first) return fieldRefs[first].current?.focus();
    setBusy(true);
    const result = await api.call(CALLS.vaultRestore, {
      backupPath: backupPath.trim(),
      targetDir: targetDir.trim(),
      passphrase,
    });
    setBusy(false);
    if (result.ok) {
      setValues((v) => ({ ...v, passphrase: '' }));
      setDone(result.value);
    } else if (result.error.code === 'WRONG_PASSPHRASE') {
      setErrors({ passphrase: result.error.message });
      passphraseRef.current?.focus();
    } else setFailure(result.error.message);
  }

  return (
    <SettingsCard headingId="restore-title" title="Restore from a backup">
      <p>
        This makes a <strong>new</strong> vault from a backup file, in a new empty folder. The vault you are
        using now is never changed.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <PathField
          ref={backupPathRef}
          label="Backup file"
          hint="The full location of the file, ending in .cbbackup — for example on your USB stick."
          {...bind('backupPath')}
        />
        <PathField
          ref={targetDirRef}
          label="New folder for the restored vault"
          hint="A folder that does not exist yet, or is empty."
          {...bind('targetDir')}
        />
        <PasswordField
          ref={passphraseRef}
          label="The backup’s passphrase"
          hint="The passphrase the vault had when the backup was made."
          {...bind('passphrase')}
          autoComplete="off"
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" busy={busy} busyLabel="Restoring…">
            Restore into the new folder
          </Button>
        </div>
      </form>
      {busy && <ProgressBar label="Checking and restoring the backup" />}
      {done && (
        <Notice tone="success" title="The backup was restored.">
          <p>
            The restored vault has {done.documents} {done.documents === 1 ? 'document' : 'documents'} and is
            in this folder:
            <code className="path path--block">{done.dir}</code>
          </p>
          <p>
            To use it, start CareBinder with that folder as its vault. Your current vault was not changed.
          </p>
        </Notice>
      )}
      {failure && (
        <Notice tone="error" title="Nothing was restored.">
          {failure}
        </Notice>
      )}
    </SettingsCard>
  );
}
