import { useState, type Ref } from 'react';
import { usePeople } from '../lib/use-people.ts';
import { SearchIcon } from '../ui/icons.tsx';

export interface HeaderSearchProps {
  /** The binder on screen, if any: it is the one searched. */
  personId: string | null;
  /** The query the search screen is showing, if it is open. */
  query: string;
  inputRef: Ref<HTMLInputElement>;
  onSearch: (personId: string, query: string) => void;
}

/**
 * The search box, in the header so it is always one key away (`/` or Ctrl+K). Inside a binder it searches
 * that binder; elsewhere it searches the only family member, or, with several, the one chosen in the small
 * list beside it (the browser asks for a choice when none was made). The family is looked up again each
 * time the box is used, since people are added on the family screen while the header stays in place.
 */
export function HeaderSearch({ personId, query, inputRef, onSearch }: HeaderSearchProps) {
  const people = usePeople();
  const active = people.value?.filter((p) => !p.archived) ?? [];
  const [text, setText] = useState(query);
  const [chosen, setChosen] = useState('');
  // Someone may have been added or archived since: look again when the box is about to be used.
  const refresh = () => void people.reload();

  const only = active.length === 1 ? active[0]!.id : null;
  const target = personId ?? only ?? (chosen || null);
  const name = people.value?.find((p) => p.id === target)?.name;
  const label = name ? `Search ${name}’s binder` : 'Search a binder';
  const asking = !personId && !only && active.length > 1;

  return (
    <form
      role="search"
      className="header-search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (target && text.trim()) onSearch(target, text.trim());
      }}
    >
      {asking && (
        <>
          <label htmlFor="header-search-person" className="visually-hidden">
            Whose binder to search
          </label>
          <select
            id="header-search-person"
            className="input input--select header-search__person"
            required
            value={chosen}
            onFocus={refresh}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">Whose binder?</option>
            {active.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      <div className="header-search__field">
        <label htmlFor="header-search-input" className="visually-hidden">
          {label}
        </label>
        <SearchIcon className="header-search__icon" />
        <input
          ref={inputRef}
          id="header-search-input"
          className="input header-search__input"
          type="search"
          value={text}
          placeholder={asking ? 'Search' : 'Search this binder'}
          aria-keyshortcuts="/ Control+K"
          onFocus={refresh}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="header-search__button">
        Search
      </button>
    </form>
  );
}
