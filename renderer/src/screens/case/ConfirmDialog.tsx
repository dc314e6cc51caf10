import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Does the change; resolves with the error to show, or null when it worked (the parent then closes). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  /** Where focus goes on close once the control that opened the dialog is gone. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * Asks before something is deleted, saying what will go. Focus starts on "Keep" so that pressing Enter
 * by reflex deletes nothing.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
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
          <Button variant="danger" busy={busy} busyLabel="Deleting…" onClick={() => void confirm()}>
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
