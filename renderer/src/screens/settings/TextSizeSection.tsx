import { useEffect, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { TEXT_SIZES, type TextSize } from '../../../../shared/schemas/settings.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { applyTextSize } from '../../lib/text-size.ts';
import { Notice } from '../../ui/Notice.tsx';
import { SettingsCard } from './SettingsCard.tsx';

function describeSize(size: TextSize): string {
  return size === 100 ? '100% (normal)' : `${size}%`;
}

/**
 * How big all text is, from normal to twice the size. A choice takes effect at once everywhere (the
 * sentence below the choices shows it) and is kept on this computer, so the unlock screen uses it too.
 */
export function TextSizeSection() {
  const api = useApi();
  const [saved, setSaved] = useState<TextSize | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.call(CALLS.settingsDisplay, {}).then((result) => {
      if (result.ok) setSaved(result.value.textSize);
      else setError(result.error.message);
    });
  }, [api]);

  async function choose(textSize: TextSize) {
    setError(null);
    // Shown at once, so the choice can be judged before anything else happens.
    applyTextSize(textSize);
    setSaved(textSize);
    const result = await api.call(CALLS.settingsUpdateDisplay, { textSize });
    if (!result.ok) setError(result.error.message);
  }

  return (
    <SettingsCard headingId="text-size-title" title="Text size">
      <fieldset className="choice-list text-sizes" disabled={saved === null}>
        <legend>Show all text at this size</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size} className="choice">
            <input
              type="radio"
              name="text-size"
              value={size}
              checked={saved === size}
              onChange={() => void choose(size)}
            />
            {describeSize(size)}
          </label>
        ))}
      </fieldset>
      <p className="text-size-preview">
        {saved === null
          ? 'Reading the text size…'
          : `This sentence is at ${saved}%: bring the pathology report and a list of every medicine to the appointment.`}
      </p>
      {error && <Notice tone="error">{error}</Notice>}
    </SettingsCard>
  );
}
