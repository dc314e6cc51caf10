import { useEffect, useId, useState } from 'react';
import { CALLS, type CallOutput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { cx } from '../../lib/class-names.ts';

type Option = CallOutput<typeof CALLS.medsAutocomplete>[number];

export interface DrugNameFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}

/** Waits this long after the last key before asking for names, so fast typing sends one request. */
const TYPING_PAUSE_MS = 150;

/**
 * The medicine's name with suggestions from CareBinder's offline drug list ("Zofran (ondansetron)"), as an
 * ARIA combobox: arrow keys move through the list, Enter picks, Escape closes. Names not in the list are
 * allowed, with a gentle note to check the spelling.
 */
export function DrugNameField({ value, onChange, error }: DrugNameFieldProps) {
  const api = useApi();
  const id = useId();
  const [options, setOptions] = useState<{ prefix: string; list: Option[] } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const prefix = value.trim();

  useEffect(() => {
    if (prefix.length < 2) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void api.call(CALLS.medsAutocomplete, { prefix }).then((result) => {
        if (live && result.ok) setOptions({ prefix, list: result.value });
      });
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, prefix]);

  const list = prefix.length >= 2 && options?.prefix === prefix ? options.list : [];
  const expanded = open && list.length > 0;
  const lower = prefix.toLowerCase();
  // Still typing a name the list has ("Zof" of Zofran) is fine; a name no entry begins with is worth a
  // second look, even when the list offers a close spelling ("Zofrann" → Zofran).
  const begun = list.some(
    (o) => o.name.toLowerCase().startsWith(lower) || o.generic.toLowerCase().startsWith(lower),
  );
  const unknown = prefix.length >= 3 && options?.prefix === prefix && !begun;

  const pick = (option: Option) => {
    onChange(option.name);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className={cx('field', 'combobox', error && 'field--invalid')}>
      <label className="field__label" htmlFor={id}>
        Medicine name
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        Start typing the brand or the generic name.
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={[error && `${id}-error`, `${id}-hint`, unknown && `${id}-unknown`]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (list.length === 0 ? -1 : (a + step + list.length) % list.length));
          } else if (event.key === 'Enter' && expanded && active >= 0 && list[active]) {
            event.preventDefault();
            pick(list[active]);
          } else if (event.key === 'Escape' && expanded) {
            // Closes the list only; a second Escape closes the dialog.
            event.preventDefault();
            event.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Medicines that match"
        className="combobox__list"
        hidden={!expanded}
      >
        {list.map((option, i) => (
          <li
            key={option.label}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className="combobox__option"
            // mousedown, not click: picking must happen before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            {option.label}
          </li>
        ))}
      </ul>
      {unknown && (
        <p className="field__hint combobox__note" id={`${id}-unknown`} aria-live="polite">
          “{prefix}” is not in CareBinder’s list of medicines — check the spelling. You can still add it as it
          is.
        </p>
      )}
    </div>
  );
}
