import { useCallback, useRef, useState } from 'react';

/**
 * Whether the element is on screen or within `margin` of it, followed with an IntersectionObserver (no
 * work on scroll events). Lists use it to start slow work, such as loading a picture, only for what can
 * be seen.
 */
export function useInView<T extends Element>(margin = '100px'): [(element: T | null) => void, boolean] {
  const [inView, setInView] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element) return;
      observer.current = new IntersectionObserver(
        (entries) => setInView(entries.some((entry) => entry.isIntersecting)),
        { rootMargin: margin },
      );
      observer.current.observe(element);
    },
    [margin],
  );
  return [ref, inView];
}
