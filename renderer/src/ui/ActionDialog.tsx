import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './Button.tsx';
import { Dialog, type DialogProps } from './Dialog.tsx';
import { Notice } from './Notice.tsx';

/** The dialog's main button: its words, its busy state, and what it does (a click, or submitting a form). */
export type DialogAction = { label: ReactNode; busy: boolean; busyLabel: string } & Pick<
  ButtonProps,
  'onClick' | 'type' | 'form' | 'aria-disabled'
>;

export interface ActionDialogProps extends Omit<DialogProps, 'footer'> {
  action: DialogAction;
  /** What went wrong, shown under the content; null or absent when nothing did. */
  failure?: string | null;
}

/** A dialog that does one thing: its main button and Cancel at the bottom, and the error under the content. */
export function ActionDialog({
  action: { label, ...button },
  failure,
  children,
  ...dialog
}: ActionDialogProps) {
  return (
    <Dialog
      {...dialog}
      footer={
        <>
          <Button variant="primary" {...button}>
            {label}
          </Button>
          <Button variant="quiet" onClick={dialog.onClose}>
            Cancel
          </Button>
        </>
      }
    >
      {children}
      {failure && <Notice tone="error">{failure}</Notice>}
    </Dialog>
  );
}
