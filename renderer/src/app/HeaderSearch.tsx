import { useState, type Ref } from 'react';
import { findPerson, usePeople } from '../lib/use-people.ts';
import { SearchIcon } from '../ui/icons.tsx';

export interface HeaderSearchProps {
  personId: string;
  /** The query the search screen is showing, if it is open. */
  query: string;
  inputRef: Ref<HTMLInputElement>;
  onSearch: (query: string) => void;
}

/** The search box of the open binder, in the header so it is always one key away (`/` or Ctrl+K). */
export function HeaderSearch({ personId, query, inputRef, onSearch }: HeaderSearchProps) {
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const [text, setText] = useState(query);
  const label = person ? `Search ${person.name}’s binder` : 'Search this binder';
  return (
    <form
      role="search"
      className="header-search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSearch(text.trim());
      }}
    >
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
        placeholder="Search this binder"
        aria-keyshortcuts="/ Control+K"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="header-search__button">
        Search
      </button>
    </form>
  );
}
