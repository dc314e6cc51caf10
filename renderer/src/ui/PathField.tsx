import { TextField, type TextFieldProps } from './Field.tsx';

/**
 * A labelled input for a file or folder location typed by hand. The browser must not suggest, correct or
 * spell-check it: a "corrected" path points somewhere else.
 */
export function PathField(props: Omit<TextFieldProps, 'autoComplete' | 'spellCheck'>) {
  return <TextField autoComplete="off" spellCheck={false} {...props} />;
}
