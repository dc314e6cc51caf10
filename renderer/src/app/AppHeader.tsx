import { Button } from '../ui/Button.tsx';
import { BinderIcon, LockIcon } from '../ui/icons.tsx';

export type View = 'home' | 'settings';

export interface AppHeaderProps {
  /** Navigation and the Lock button exist only while the vault is open. */
  unlocked: null | { view: View; onView: (view: View) => void; onLock: () => void; locking: boolean };
}

const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'home', label: 'Family' },
  { id: 'settings', label: 'Settings' },
];

/** The banner: the name, the two places to go, and Lock — always visible while unlocked. */
export function AppHeader({ unlocked }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <span className="brand">
          <BinderIcon className="brand__icon" />
          CareBinder
        </span>
        {unlocked && (
          <>
            <nav className="nav" aria-label="Main">
              <ul>
                {VIEWS.map((view) => (
                  <li key={view.id}>
                    <button
                      type="button"
                      className="nav__link"
                      aria-current={unlocked.view === view.id ? 'page' : undefined}
                      onClick={() => unlocked.onView(view.id)}
                    >
                      {view.label}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
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
