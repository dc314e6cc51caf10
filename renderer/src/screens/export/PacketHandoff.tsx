import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { ExportFormat } from '../../../../shared/schemas/export.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface PacketHandoffProps {
  format: ExportFormat;
  /** The exported file (the first part of a split ZIP) or the packet folder. */
  path: string;
  /** The ZIP is locked with a password (the draft and the advice say to give it another way). */
  locked: boolean;
}

type Outcome =
  { kind: 'shown' } | { kind: 'drafted' } | { kind: 'failed'; title: string; message: string } | null;

/**
 * Hands the finished packet to the desktop: "Show in folder" opens the file manager at it, and for a PDF or
 * ZIP "Write an email…" opens a draft in the person's email app (CareBinder never sends email itself; a
 * draft cannot carry an attachment, so the folder with the file opens too).
 */
export function PacketHandoff({ format, path, locked }: PacketHandoffProps) {
  const api = useApi();
  const [busy, setBusy] = useState<'reveal' | 'mail' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const mailable = format === 'pdf' || format === 'zip';

  async function reveal() {
    setBusy('reveal');
    setOutcome(null);
    const result = await api.call(CALLS.exportReveal, { path });
    setBusy(null);
    setOutcome(
      result.ok
        ? { kind: 'shown' }
        : { kind: 'failed', title: 'The folder could not be opened.', message: result.error.message },
    );
  }

  async function writeEmail() {
    setBusy('mail');
    setOutcome(null);
    const result = await api.call(CALLS.exportMailDraft, { path });
    setBusy(null);
    if (!result.ok) {
      setOutcome({ kind: 'failed', title: 'The email could not be started.', message: result.error.message });
      return;
    }
    // In the browser the page opens the draft: the browser knows the person's email app or web mail.
    if (!result.value.opened) window.location.href = result.value.mailto;
    setOutcome({ kind: 'drafted' });
  }

  return (
    <div className="export-check">
      <h3>Send or copy the packet</h3>
      <p>
        CareBinder never sends email itself.
        {mailable
          ? ' “Write an email…” starts a draft in your email app; you attach the file and send it.'
          : ' Open the folder to copy the packet to a USB stick.'}
      </p>
      {mailable && locked && (
        <p>
          Give the doctor’s office the password another way — by phone or text message, never in the email.
        </p>
      )}
      <div className="actions-row">
        <Button busy={busy === 'reveal'} busyLabel="Opening…" onClick={() => void reveal()}>
          Show in folder
        </Button>
        {mailable && (
          <Button busy={busy === 'mail'} busyLabel="Starting the email…" onClick={() => void writeEmail()}>
            Write an email…
          </Button>
        )}
      </div>
      {outcome?.kind === 'shown' && (
        <Notice tone="success" title="The folder is open in your file manager." />
      )}
      {outcome?.kind === 'drafted' && (
        <Notice tone="info" title="Your email app should now show a draft.">
          <p>
            Attach the packet from the folder that opened, add the doctor’s office as the recipient, read the
            draft, then send it. If no draft appears, write the email yourself and attach the file.
          </p>
        </Notice>
      )}
      {outcome?.kind === 'failed' && (
        <Notice tone="error" title={outcome.title}>
          <p>{outcome.message}</p>
        </Notice>
      )}
    </div>
  );
}
