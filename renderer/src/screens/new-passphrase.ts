import { assessPassphrase, MIN_ACCEPTED_SCORE } from '../../../shared/passphrase-strength.ts';

// The strength meter right under the field already shows the suggestion; the error does not repeat it.

export interface NewPassphraseErrors {
  passphrase?: string;
  confirm?: string;
}

/** The checks every "choose a passphrase" form makes before asking the core (which checks again). */
export function checkNewPassphrase(passphrase: string, confirm: string): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (passphrase.length === 0) errors.passphrase = 'Please choose a passphrase.';
  else {
    if (assessPassphrase(passphrase).score < MIN_ACCEPTED_SCORE) {
      errors.passphrase = 'This passphrase is too easy to guess. Follow the suggestion under the box.';
    }
  }
  if (confirm.length === 0) errors.confirm = 'Please type the passphrase again.';
  else if (confirm !== passphrase)
    errors.confirm = 'The two passphrases are not the same. Please type it again.';
  return errors;
}
