import { useEffect, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { VaultSettings } from '../../../../shared/schemas/settings.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Notice } from '../../ui/Notice.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { SettingsCard } from './SettingsCard.tsx';

type DateOrder = VaultSettings['dateOrder'];

const CHOICES: { value: DateOrder; label: string }[] = [
  { value: 'month-first', label: '03/04/2026 means March 4, 2026 (as in the United States)' },
  { value: 'day-first', label: '03/04/2026 means 3 April 2026 (as in most other countries)' },
];

/**
 * How CareBinder reads a date like 03/04/2026 when the document itself gives no clue (a day above 12
 * elsewhere in the document always settles it). Applies to documents read from now on.
 */
export function DateOrderSection() {
  const api = useApi();
  const [saved, setSaved] = useState<DateOrder | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void api.call(CALLS.settingsGet, {}).then((result) => {
      if (result.ok) setSaved(result.value.dateOrder);
      else setMessage({ tone: 'error', text: result.error.message });
    });
  }, [api]);

  async function choose(dateOrder: DateOrder) {
    setMessage(null);
    const result = await api.call(CALLS.settingsUpdate, { dateOrder });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    setSaved(result.value.dateOrder);
    setMessage({ tone: 'success', text: 'Saved. Documents you import from now on are read this way.' });
  }

  return (
    <SettingsCard headingId="date-order-title" title="How dates are written">
      <SelectField
        label="When a document writes a date like 03/04/2026"
        hint="CareBinder works it out from the document when it can; this is used when it cannot."
        options={CHOICES}
        value={saved ?? ''}
        disabled={saved === null}
        onChange={(e) => void choose(e.target.value as DateOrder)}
      />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </SettingsCard>
  );
}
