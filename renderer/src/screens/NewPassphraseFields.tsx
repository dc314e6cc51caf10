import type { Ref } from 'react';
import { PasswordField } from '../ui/PasswordField.tsx';
import { StrengthMeter } from '../ui/StrengthMeter.tsx';
import type { NewPassphraseErrors } from './new-passphrase.ts';

export interface NewPassphraseFieldsProps {
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: NewPassphraseErrors;
  /** "New passphrase" when changing, "Passphrase" when creating. */
  label?: string;
  passphraseRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}

/** Passphrase + confirmation with the strength meter, shared by create, change and recovery. */
export function NewPassphraseFields({
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  errors,
  label = 'Passphrase',
  passphraseRef,
  confirmRef,
}: NewPassphraseFieldsProps) {
  return (
    <>
      <PasswordField
        ref={passphraseRef}
        label={label}
        hint="At least 10 characters. A short sentence only you would think of works well, for example four unrelated words."
        value={passphrase}
        onChange={(e) => onPassphrase(e.target.value)}
        error={errors.passphrase}
        autoComplete="new-password"
        after={<StrengthMeter passphrase={passphrase} />}
      />
      <PasswordField
        ref={confirmRef}
        label={`Type the ${label.toLowerCase()} again`}
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={errors.confirm}
        autoComplete="new-password"
      />
    </>
  );
}
