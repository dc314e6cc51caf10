import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { VaultStatus } from '../../../../shared/schemas/vault.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SettingsCard } from './SettingsCard.tsx';

/** Turns "Remember on this computer" on or off; disabled with the plain reason when the OS keychain is missing. */
export function RememberSection({
  status,
  onStatus,
}: {
  status: VaultStatus;
  onStatus: (s: VaultStatus) => void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { available, enabled, reason } = status.remember;

  async function toggle(next: boolean) {
    setBusy(true);
    setMessage(null);
    const result = await api.call(CALLS.vaultRemember, { enabled: next });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    onStatus(result.value);
    setMessage({
      tone: 'success',
      text: next
        ? 'This computer now remembers your vault. CareBinder opens without your passphrase here.'
        : 'This computer no longer remembers your vault. Your passphrase is needed each time.',
    });
  }

  return (
    <SettingsCard headingId="remember-title" title="Remember on this computer">
      <Checkbox
        label="Open CareBinder on this computer without typing my passphrase"
        hint={
          available
            ? 'A key is kept in this computer’s own secure password store. Only turn this on if nobody else uses your account on this computer.'
            : (reason ?? 'This computer has no secure password store that CareBinder can use.')
        }
        checked={available && enabled}
        disabled={!available || busy}
        onChange={(e) => void toggle(e.target.checked)}
      />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </SettingsCard>
  );
}
