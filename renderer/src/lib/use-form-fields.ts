import { useState } from 'react';

/**
 * The typed text of a form's fields and the message under each, with `bind(key)` giving a field its
 * value, its error and its change handler — so a dialog lists its fields once instead of a state, a
 * setter and an arrow function per field.
 */
export function useFormFields<T extends { [K in keyof T]: string }>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof T, string>>>({});
  const set = (key: keyof T, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const bind = (key: keyof T) => ({
    value: values[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });
  return { values, set, errors, setErrors, bind };
}
