import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { Button } from '../../ui/Button.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';

export interface ExportProgressProps {
  step: string;
  current: number;
  total: number;
  cancelling: boolean;
  onCancel: () => void;
}

/**
 * The packet being made: the current step in words with its own bar (a step never goes backwards), and
 * a way to stop. Only the step's name is announced, not every count, so a screen reader is not flooded.
 */
export function ExportProgress({ step, current, total, cancelling, onCancel }: ExportProgressProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const label = step || 'Getting ready';
  return (
    <section className="card export-run" aria-labelledby="run-title">
      <h2 id="run-title" ref={headingRef} tabIndex={-1}>
        Making the packet…
      </h2>
      <p className="visually-hidden" role="status">
        {cancelling ? 'Stopping.' : `${label}.`}
      </p>
      <ProgressBar label={label} value={total > 0 ? current : undefined} max={total || undefined} />
      <p className="muted">
        {total > 0 ? `${current} of ${total}. ` : ''}You can keep this window open; nothing is sent anywhere.
      </p>
      <Button variant="secondary" busy={cancelling} busyLabel="Stopping…" onClick={onCancel}>
        Stop making the packet
      </Button>
    </section>
  );
}
