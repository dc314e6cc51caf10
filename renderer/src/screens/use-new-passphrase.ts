import { useRef, useState, type RefObject } from 'react';
import { checkNewPassphrase, type NewPassphraseErrors } from './new-passphrase.ts';
import type { NewPassphraseFieldsProps } from './NewPassphraseFields.tsx';

/** The state of a "choose a passphrase" pair of fields, ready to spread onto `NewPassphraseFields`. */
export interface NewPassphrase {
  passphrase: string;
  fields: Omit<NewPassphraseFieldsProps, 'label'>;
  /** Shows what is wrong with the two fields; returns the first wrong field, or null when both are fine. */
  check: () => RefObject<HTMLInputElement | null> | null;
  /** Shows the core's "too easy to guess" answer on the passphrase field and puts the cursor there. */
  showWeak: (message: string) => void;
  /** Empties both fields (after a successful change). */
  clear: () => void;
}

/** Holds the new passphrase and its confirmation, their errors, and the refs that focus them. */
export function useNewPassphrase(): NewPassphrase {
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>({});

  function check() {
    const found = checkNewPassphrase(passphrase, confirm);
    setErrors(found);
    if (found.passphrase) return passphraseRef;
    if (found.confirm) return confirmRef;
    return null;
  }

  function showWeak(message: string) {
    setErrors({ passphrase: message });
    passphraseRef.current?.focus();
  }

  function clear() {
    setPassphrase('');
    setConfirm('');
  }

  return {
    passphrase,
    fields: {
      passphrase,
      confirm,
      onPassphrase: setPassphrase,
      onConfirm: setConfirm,
      errors,
      passphraseRef,
      confirmRef,
    },
    check,
    showWeak,
    clear,
  };
}
