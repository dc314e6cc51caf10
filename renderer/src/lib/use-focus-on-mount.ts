import { useEffect, useRef } from 'react';

/** The first screen after a page load leaves focus alone, so the first Tab reaches the skip link. */
const pageLoad = { screenShown: false };

/**
 * Returns a ref for a screen's heading and focuses it when the screen replaces another one, so keyboard
 * and screen-reader users start at the top of the new screen instead of on a control that disappeared.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (pageLoad.screenShown) ref.current?.focus();
    pageLoad.screenShown = true;
  }, []);
  return ref;
}
