import { useRef, useState, type FormEvent } from 'react';
import { todayIso, formatLongDate } from '../lib/dates.ts';
import { useFocusOnMount } from '../lib/use-focus-on-mount.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Checkbox } from '../ui/Checkbox.tsx';
import { PrinterIcon } from '../ui/icons.tsx';

/**
 * The recovery key, shown once. Continuing needs a tick that it was written down or printed: a deliberate
 * step that does not make people retype a code they have just copied.
 */
export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const checkboxRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const groups = recoveryKey.split('-');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saved) {
      setError('Please tick the box once your recovery key is written down or printed.');
      checkboxRef.current?.focus();
      return;
    }
    onDone();
  }

  return (
    <div className="page page--narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        Your recovery key
      </h1>
      <p className="lead">
        If you ever forget your passphrase, this key is the only way to open your records. CareBinder cannot
        show it again, and nobody else can recover it for you.
      </p>

      <Card className="recovery printable" aria-labelledby="key-title">
        <div className="print-only">
          <p className="print-title">CareBinder recovery key</p>
          <p>Made on {formatLongDate(todayIso())}.</p>
        </div>
        <h2 id="key-title" className="visually-hidden">
          Recovery key
        </h2>
        <p className="recovery__key" aria-label={`Recovery key: ${groups.join(', ')}`} role="group">
          {groups.map((group, index) => (
            <span key={index} className="recovery__group">
              {group}
            </span>
          ))}
        </p>
        <ul className="recovery__tips">
          <li>
            Print it, or write it down exactly as shown. Letters and numbers are never confused: there is no
            O, I, L or U.
          </li>
          <li>Keep it somewhere safe at home, away from this computer — with your important papers.</li>
          <li>To use it, choose “Use my recovery key instead” on the unlock screen.</li>
        </ul>
      </Card>

      <div className="actions-row">
        <Button variant="secondary" onClick={() => window.print()}>
          <PrinterIcon /> Print the recovery key
        </Button>
      </div>

      <form className="form" onSubmit={submit} noValidate>
        <Checkbox
          ref={checkboxRef}
          label="I have written down or printed my recovery key, and I will keep it somewhere safe."
          checked={saved}
          onChange={(e) => {
            setSaved(e.target.checked);
            if (e.target.checked) setError(null);
          }}
          error={error}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary">
            Continue to CareBinder
          </Button>
        </div>
      </form>
    </div>
  );
}
