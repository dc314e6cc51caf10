import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns a function that runs `work` at most once per `ms`: calls in between are folded into one run at
 * the end of the wait. Used where a burst of events would each reload the same large list.
 */
export function useCoalesced(work: () => void, ms: number): () => void {
  const latest = useRef(work);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = work;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(() => {
    if (timer.current !== null) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, ms);
  }, [ms]);
}
