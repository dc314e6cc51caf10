import { useCallback, useState } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, audio[controls], video[controls], [tabindex]';

/**
 * Whether a scrolling box must take focus itself so keyboard users can scroll it: its content is taller
 * than the box (large text, a short window) and holds nothing focusable that Tab would scroll to. Kept
 * current as the box, its content or its size change. Returns a ref callback for the box.
 */
export function useNeedsScrollFocus<T extends HTMLElement>(): [
  (element: T | null) => (() => void) | undefined,
  boolean,
] {
  const [needs, setNeeds] = useState(false);
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    const check = () =>
      setNeeds(element.scrollHeight > element.clientHeight + 1 && element.querySelector(FOCUSABLE) === null);
    // The box's own size and each child's: content growing inside a fixed box resizes a child.
    const sizes = new ResizeObserver(check);
    const watch = () => {
      sizes.disconnect();
      sizes.observe(element);
      for (const child of element.children) sizes.observe(child);
    };
    const changes = new MutationObserver(() => {
      watch();
      check();
    });
    changes.observe(element, { childList: true, subtree: true });
    watch();
    return () => {
      sizes.disconnect();
      changes.disconnect();
    };
  }, []);
  return [ref, needs];
}
