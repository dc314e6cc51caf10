import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Field } from './Field.tsx';
import { EyeIcon, EyeOffIcon } from './icons.tsx';

export interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Rendered under the input (the strength meter). */
  after?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A passphrase input with a Show/Hide button, so people can check what they typed. */
export function PasswordField({ label, hint, error, after, className, ...input }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <>
          <div className="password">
            <input
              className="input password__input"
              type={visible ? 'text' : 'password'}
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              {...input}
              {...control}
            />
            <button
              type="button"
              className="password__toggle"
              aria-controls={control.id}
              onClick={() => setVisible((v) => !v)}
            >
              {visible ? <EyeOffIcon /> : <EyeIcon />}
              <span>{visible ? 'Hide' : 'Show'}</span>
              <span className="visually-hidden"> passphrase</span>
            </button>
          </div>
          {after}
        </>
      )}
    </Field>
  );
}
