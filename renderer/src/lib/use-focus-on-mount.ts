import { useEffect, useRef } from 'react';

/** The first screen after a page load leaves focus alone, so the first Tab reaches the skip link. */
const pageLoad = { screenShown: false };

function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * Returns a ref for a screen's heading and focuses it when the screen replaces another one, so keyboard
 * and screen-reader users start at the top of the new screen instead of on a control that disappeared.
 * A heading that only appears once the screen's data has loaded is focused when it appears — unless the
 * person has already moved focus somewhere themselves in the meantime.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const waiting = useRef(false);

  useEffect(() => {
    if (pageLoad.screenShown) {
      if (ref.current) ref.current.focus();
      else waiting.current = true;
    }
    pageLoad.screenShown = true;
  }, []);

  // After every render until the late heading has appeared.
  useEffect(() => {
    if (!waiting.current || !ref.current) return;
    waiting.current = false;
    if (focusIsLost()) ref.current.focus();
  });

  return ref;
}
