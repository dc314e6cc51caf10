import { useId, useRef, type RefObject } from 'react';
import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface ArchiveDialogProps {
  person: Person;
  busy: boolean;
  failure: string | null;
  onConfirm: () => void;
  onClose: () => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** Confirms archiving: says plainly that nothing is deleted and that it can be undone. */
export function ArchiveDialog({
  person,
  busy,
  failure,
  onConfirm,
  onClose,
  returnFocusTo,
}: ArchiveDialogProps) {
  const textId = useId();
  // Start on "Keep": pressing Enter by reflex should not archive anyone.
  const keepRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={`Archive ${person.name}?`}
      size="small"
      describedBy={textId}
      initialFocus={keepRef}
      returnFocusTo={returnFocusTo}
      onClose={onClose}
      footer={
        <>
          <Button variant="danger" busy={busy} busyLabel="Archiving…" onClick={onConfirm}>
            Archive
          </Button>
          <Button ref={keepRef} variant="secondary" onClick={onClose}>
            Keep
          </Button>
        </>
      }
    >
      <p id={textId}>
        {person.name} will no longer be shown in your family list. Nothing is deleted: their binder and
        documents stay in the vault, and you can bring them back at any time.
      </p>
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
