import { cx } from '../lib/class-names.ts';
import { TextField, type TextFieldProps } from './Field.tsx';

/** A labelled calendar date input, sized for a date rather than the full width. */
export function DateField({ className, ...props }: Omit<TextFieldProps, 'type'>) {
  return <TextField type="date" className={cx('field--date', className)} {...props} />;
}
