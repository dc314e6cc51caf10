import { useId, type ReactNode, type Ref } from 'react';
import { ActionDialog, type ActionDialogProps } from './ActionDialog.tsx';
import { Notice } from './Notice.tsx';

export interface FormDialogProps extends Omit<ActionDialogProps, 'action'> {
  submitLabel: ReactNode;
  busy: boolean;
  busyLabel?: string;
  /** Runs when the form is sent (the button, or Enter in a field); the page never reloads. */
  onSubmit: () => Promise<void>;
  formRef?: Ref<HTMLFormElement>;
}

/**
 * A dialog around one form: the main button at the bottom submits it (so Enter in a field does too), and
 * the error is shown at the end of the form.
 */
export function FormDialog({
  submitLabel,
  busy,
  busyLabel = 'Saving…',
  onSubmit,
  formRef,
  failure,
  children,
  ...dialog
}: FormDialogProps) {
  const formId = useId();
  return (
    <ActionDialog {...dialog} action={{ label: submitLabel, busy, busyLabel, type: 'submit', form: formId }}>
      <form
        id={formId}
        ref={formRef}
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
        noValidate
      >
        {children}
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
    </ActionDialog>
  );
}
