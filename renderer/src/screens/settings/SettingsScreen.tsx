import type { VaultStatus } from '../../../../shared/schemas/vault.schema.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { AutoLockSection } from './AutoLockSection.tsx';
import { DateOrderSection } from './DateOrderSection.tsx';
import { BackupSection } from './BackupSection.tsx';
import { ChangePassphraseSection } from './ChangePassphraseSection.tsx';
import { RememberSection } from './RememberSection.tsx';
import { RestoreSection } from './RestoreSection.tsx';
import { SettingsCard } from './SettingsCard.tsx';
import { TextSizeSection } from './TextSizeSection.tsx';

export interface SettingsScreenProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
  onAutoLockChanged: (minutes: number) => void;
}

/** Text size, security, backup, how dates are read and where the vault lives. */
export function SettingsScreen({ status, onStatus, onAutoLockChanged }: SettingsScreenProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="page page--medium">
      <h1 ref={headingRef} tabIndex={-1}>
        Settings
      </h1>
      <div className="stack">
        <TextSizeSection />
        <AutoLockSection onChanged={onAutoLockChanged} />
        <RememberSection status={status} onStatus={onStatus} />
        <BackupSection />
        <ChangePassphraseSection />
        <RestoreSection />
        <DateOrderSection />
        <SettingsCard headingId="location-title" title="Where your vault is kept">
          <p>
            Your records are stored, encrypted, in this folder on this computer:{' '}
            <code className="path path--block" data-testid="vault-dir">
              {status.vaultDir}
            </code>
          </p>
          <p className="muted">
            To keep a copy elsewhere, use “Make a backup now” rather than copying this folder while CareBinder
            is open.
          </p>
        </SettingsCard>
      </div>
    </div>
  );
}
