import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { formatBytes } from '../../lib/format-bytes.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { SettingsCard } from './SettingsCard.tsx';

/** Makes an encrypted, verified backup file and says where it went and how big it is. */
export function BackupSection() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ path: string; bytes: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function backUp() {
    setBusy(true);
    setDone(null);
    setFailure(null);
    const result = await api.call(CALLS.vaultBackup, {});
    setBusy(false);
    if (result.ok) setDone(result.value);
    else setFailure(result.error.message);
  }

  return (
    <SettingsCard headingId="backup-title" title="Backup">
      <p>
        A backup is one encrypted file with everything in your vault. It opens only with your passphrase or
        recovery key. Copy it to a USB stick and keep it away from this computer.
      </p>
      <div className="form__actions">
        <Button variant="primary" busy={busy} busyLabel="Making a backup…" onClick={() => void backUp()}>
          Make a backup now
        </Button>
      </div>
      {busy && <ProgressBar label="Making and checking the backup" />}
      {done && (
        <Notice tone="success" title="Your backup is saved.">
          <p>
            It was checked after saving, and it is in this file:
            <code className="path path--block" data-testid="backup-path">
              {done.path}
            </code>
          </p>
          <p>Size: {formatBytes(done.bytes)}.</p>
        </Notice>
      )}
      {failure && (
        <Notice tone="error" title="The backup was not made.">
          {failure}
        </Notice>
      )}
    </SettingsCard>
  );
}
