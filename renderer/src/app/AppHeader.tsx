import type { Ref } from 'react';
import { Button } from '../ui/Button.tsx';
import { BinderIcon, LockIcon } from '../ui/icons.tsx';
import { HeaderSearch } from './HeaderSearch.tsx';
import { personOfRoute, type Route } from './routes.ts';

export interface AppHeaderProps {
  /** Navigation, search and the Lock button exist only while the vault is open. */
  unlocked: null | {
    route: Route;
    navigate: (route: Route) => void;
    onLock: () => void;
    locking: boolean;
    searchRef: Ref<HTMLInputElement>;
  };
}

const PLACES: Array<{ screen: 'home' | 'settings'; label: string }> = [
  { screen: 'home', label: 'Family' },
  { screen: 'settings', label: 'Settings' },
];

/** The banner: the name, the places to go, search, and Lock — always visible while unlocked. */
export function AppHeader({ unlocked }: AppHeaderProps) {
  const route = unlocked?.route;
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <span className="brand">
          <BinderIcon className="brand__icon" />
          CareBinder
        </span>
        {unlocked && route && (
          <>
            <nav className="nav" aria-label="Main">
              <ul>
                {PLACES.map((place) => (
                  <li key={place.screen}>
                    <button
                      type="button"
                      className="nav__link"
                      aria-current={route.screen === place.screen ? 'page' : undefined}
                      onClick={() => unlocked.navigate({ screen: place.screen })}
                    >
                      {place.label}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            <HeaderSearch
              key={personOfRoute(route) ?? 'anyone'}
              personId={personOfRoute(route)}
              query={route.screen === 'search' ? route.query : ''}
              inputRef={unlocked.searchRef}
              onSearch={(personId, query) => unlocked.navigate({ screen: 'search', personId, query })}
            />
            <Button
              className="app-header__lock"
              variant="secondary"
              busy={unlocked.locking}
              busyLabel="Locking…"
              onClick={unlocked.onLock}
            >
              <LockIcon /> Lock
            </Button>
          </>
        )}
      </div>
    </header>
  );
}
