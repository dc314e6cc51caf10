import { useEffect, useState, type FormEvent } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { describeMinutes } from '../../lib/durations.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { SettingsCard } from './SettingsCard.tsx';

const CHOICES = [1, 2, 5, 10, 15, 30, 60, 120, 240];

/** How long CareBinder waits without activity before it locks itself. */
export function AutoLockSection({ onChanged }: { onChanged: (minutes: number) => void }) {
  const api = useApi();
  const [saved, setSaved] = useState<number | null>(null);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.call(CALLS.settingsGet, {}).then((result) => {
      if (result.ok) {
        setSaved(result.value.autoLockMinutes);
        setChoice(String(result.value.autoLockMinutes));
      } else setMessage({ tone: 'error', text: result.error.message });
    });
  }, [api]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await api.call(CALLS.settingsUpdate, { autoLockMinutes: Number(choice) });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    setSaved(result.value.autoLockMinutes);
    onChanged(result.value.autoLockMinutes);
    setMessage({
      tone: 'success',
      text: `Saved. CareBinder now locks after ${describeMinutes(result.value.autoLockMinutes)} without activity.`,
    });
  }

  const minutes = saved === null ? CHOICES : [...new Set([...CHOICES, saved])].sort((a, b) => a - b);
  return (
    <SettingsCard headingId="autolock-title" title="Lock automatically">
      <form className="form form--inline" onSubmit={submit} noValidate>
        <SelectField
          label="Lock CareBinder after this long without activity"
          hint="When it locks, your passphrase is needed again. Shorter is safer on a shared computer."
          options={minutes.map((m) => ({ value: String(m), label: describeMinutes(m) }))}
          value={choice}
          disabled={saved === null}
          onChange={(e) => {
            setChoice(e.target.value);
            setMessage(null);
          }}
        />
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…" disabled={saved === null}>
          Save
        </Button>
      </form>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </SettingsCard>
  );
}
