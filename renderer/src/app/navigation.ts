import { createContext, useContext } from 'react';
import type { Route } from './routes.ts';

export interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

/** The current route and the way to go elsewhere, for screens inside the unlocked app. */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation() used outside <NavigationContext.Provider>');
  return navigation;
}

/** The words of a back link that returns to `route` ("Back to the second opinion"). */
export function backLabel(route: Route): string {
  switch (route.screen) {
    case 'case':
      return route.caseId ? 'Back to the earlier second opinion' : 'Back to the second opinion';
    case 'search':
      return 'Back to the search results';
    case 'export':
      return 'Back to the export';
    case 'home':
      return 'Back to the family';
    default:
      return 'Back to the binder';
  }
}
