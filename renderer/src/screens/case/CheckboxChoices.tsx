import { useId, type ReactNode } from 'react';
import { cx } from '../../lib/class-names.ts';

export interface CheckboxChoicesProps<T extends string> {
  legend: ReactNode;
  options: ReadonlyArray<{ value: T; label: ReactNode }>;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  error?: string | null;
  /** Scrolls inside a fixed height (long lists such as a binder's documents). */
  scroll?: boolean;
}

/** A group of large checkboxes under one legend; the error is said in words and tied to the group. */
export function CheckboxChoices<T extends string>({
  legend,
  options,
  selected,
  onChange,
  error,
  scroll,
}: CheckboxChoicesProps<T>) {
  const errorId = useId();
  const toggle = (value: T, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset
      className={cx(
        'choice-list',
        'case-choices',
        scroll && 'choice-list--scroll',
        error && 'field--invalid',
      )}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
