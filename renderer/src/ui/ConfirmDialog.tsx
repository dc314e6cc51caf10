import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Button } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { Notice } from './Notice.tsx';

export interface ConfirmDialogProps {
  title: string;
  /** What will happen, in words; it also describes the dialog to screen readers. */
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the change runs ("Deleting…"). */
  busyLabel: string;
  /** Does the change; resolves with the error to show, or null when it worked (the parent then closes). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  /** Where focus goes on close once the control that opened the dialog is gone. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * Asks before a change that is hard to take back (deleting, archiving), saying what it does. Focus starts
 * on "Keep" so that pressing Enter by reflex changes nothing.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  onConfirm,
  onClose,
  returnFocusTo,
}: ConfirmDialogProps) {
  const textId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    const error = await onConfirm();
    setBusy(false);
    setFailure(error);
  }
  return (
    <Dialog
      title={title}
      size="small"
      describedBy={textId}
      initialFocus={keepRef}
      returnFocusTo={returnFocusTo}
      onClose={onClose}
      footer={
        <>
          <Button variant="danger" busy={busy} busyLabel={busyLabel} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
          <Button ref={keepRef} variant="secondary" onClick={onClose}>
            Keep
          </Button>
        </>
      }
    >
      <div id={textId}>{children}</div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
