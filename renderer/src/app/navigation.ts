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
