import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import { cx } from '../lib/class-names.ts';

/** Attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shown after the label as "(optional)"; required is the default in this app. */
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label, hint and error around one control. The hint and the error are linked with aria-describedby so a
 * screen reader reads them with the field; the error is shown in words, not only by colour.
 */
export function Field({ label, hint, error, optional, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId ?? undefined}>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> };

export interface TextFieldProps extends InputProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
}

/** A labelled single-line input. */
export function TextField({ label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => <input className="input" type="text" {...input} {...control} />}
    </Field>
  );
}

/** A labelled input for a whole number: the numeric keyboard on touch screens, and a narrower box. */
export function NumberField({ className, ...props }: TextFieldProps) {
  return <TextField inputMode="numeric" className={cx('field--number', className)} {...props} />;
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  ref?: Ref<HTMLTextAreaElement>;
};

export interface TextAreaFieldProps extends TextAreaProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
}

/** A labelled multi-line input. */
export function TextAreaField({ label, hint, error, optional, className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => <textarea className="input input--area" rows={4} {...textarea} {...control} />}
    </Field>
  );
}
