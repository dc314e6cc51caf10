import { useCallback, useEffect, useState } from 'react';

type Pick = () => HTMLElement | null | undefined;

/**
 * For a control that leaves the page once it has done its work (the review item just filed, the
 * suggestion just accepted): returns `refocus(pick)`, which, after the next render is on screen, moves
 * focus to what `pick` returns — but only if focus fell to the page itself, so keyboard and screen-reader
 * users carry on from a nearby heading instead of starting again at the top.
 */
export function useRefocus(): (pick: Pick) => void {
  const [request, setRequest] = useState<{ pick: Pick } | null>(null);
  useEffect(() => {
    if (!request) return;
    if (document.activeElement === null || document.activeElement === document.body) request.pick()?.focus();
  }, [request]);
  return useCallback((pick: Pick) => setRequest({ pick }), []);
}
