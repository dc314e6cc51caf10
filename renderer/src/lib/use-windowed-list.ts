import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Extra height rendered above and below the visible part, in screen heights. */
const OVERSCAN_SCREENS = 0.75;
/** Height assumed for a row never measured yet, in rem (the root font size follows the text size). */
const ESTIMATED_ROW_REM = 4.5;
/** Rows rendered before the list has been placed on the page. */
const FIRST_ROWS = 20;
/**
 * Lists up to this long are rendered whole: cheap, and a screen reader's browse mode then reads every
 * row of a typical binder. Longer lists are windowed.
 */
const RENDER_ALL_UP_TO = 50;

/** What a windowed list renders: a few rows of a long list, each placed at its own offset. */
export interface WindowedList {
  /** Ref callback for the list element: it becomes as tall as all rows together and holds the rendered ones. */
  attachList: (element: HTMLUListElement | null) => void;
  /** Ref callback for every rendered row (with `data-key` set to its key): measures its height. */
  measureRow: (element: HTMLElement | null) => (() => void) | undefined;
  /** Height of the whole list in px. */
  totalHeight: number;
  /** The indices to render, in ascending order (the visible ones, a margin, and the focused row). */
  indices: number[];
  /** Top of each row in px from the top of the list. */
  tops: Float64Array;
  /** Moves focus to row `index`, rendering it first when it is outside the window. */
  focusRow: (index: number) => void;
  /** Remembers which row holds focus, so it stays rendered while scrolled away (call on focus). */
  setFocusedKey: (key: string | null) => void;
}

/** First index whose row ends below `y` (binary search over the row tops). */
function firstRowEndingAfter(tops: Float64Array, total: number, y: number): number {
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    const end = mid + 1 < tops.length ? tops[mid + 1]! : total;
    if (end > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The row's own link or button, where focus goes when the row is reached with the keyboard. */
function focusTarget(list: HTMLElement | null, key: string): HTMLElement | null {
  const row = list?.querySelector(`[data-key="${CSS.escape(key)}"]`);
  return row?.querySelector<HTMLElement>('[data-nav-item], button, a[href]') ?? null;
}

/**
 * Windowing for a long list scrolled with the page: only the rows on screen (and a margin) exist in the
 * DOM, so 5,000 documents cost what 30 do (lists of up to RENDER_ALL_UP_TO rows are drawn whole). Rows
 * may differ in height (long titles wrap, text can be 200%): each rendered row is measured by a
 * ResizeObserver, by its key, and rows never measured count as the average. The focused row is always
 * rendered, so scrolling never takes focus away from it.
 */
export function useWindowedList(keys: readonly string[]): WindowedList {
  const listElement = useRef<HTMLUListElement | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [range, setRange] = useState({ start: 0, end: FIRST_ROWS });
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  // Row tops as running sums of measured (or estimated) heights. 5,000 additions take microseconds.
  const layout = useMemo(() => {
    let sum = 0;
    for (const h of heights.values()) sum += h;
    const estimate = heights.size ? sum / heights.size : ESTIMATED_ROW_REM * rootFontPx();
    const tops = new Float64Array(keys.length);
    let y = 0;
    for (let i = 0; i < keys.length; i++) {
      tops[i] = y;
      y += heights.get(keys[i]!) ?? estimate;
    }
    return { tops, total: y };
  }, [keys, heights]);

  const updateRange = useCallback(() => {
    const list = listElement.current;
    if (!list || layout.tops.length === 0) return;
    const top = list.getBoundingClientRect().top;
    const margin = window.innerHeight * OVERSCAN_SCREENS;
    const start = firstRowEndingAfter(layout.tops, layout.total, -top - margin);
    const bottom = -top + window.innerHeight + margin;
    let end = start;
    while (end < layout.tops.length && layout.tops[end]! < bottom) end++;
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  }, [layout]);

  // New heights or a new list move the rows: work out again which ones are on screen, before paint.
  const latestUpdate = useRef(updateRange);
  useLayoutEffect(() => {
    latestUpdate.current = updateRange;
    updateRange();
  }, [updateRange]);

  // Follow the page's scrolling and resizing, at most once per frame.
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        latestUpdate.current();
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);

  useEffect(() => () => observer.current?.disconnect(), []);

  // A row reached with the keyboard gets focus once it is rendered.
  useLayoutEffect(() => {
    const wanted = pendingFocus.current;
    const target = wanted === null ? null : focusTarget(listElement.current, wanted);
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });

  const measureRow = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    // Measured heights are applied synchronously, so rows never show at a guessed place for a frame.
    observer.current ??= new ResizeObserver((entries) =>
      flushSync(() =>
        setHeights((previous) => {
          let next: Map<string, number> | null = null;
          for (const entry of entries) {
            const key = (entry.target as HTMLElement).dataset.key;
            const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
            if (!key || !entry.target.isConnected) continue;
            if (Math.abs((previous.get(key) ?? -1) - height) <= 0.5) continue;
            next ??= new Map(previous);
            next.set(key, height);
          }
          return next ?? previous;
        }),
      ),
    );
    const watcher = observer.current;
    watcher.observe(element);
    return () => watcher.unobserve(element);
  }, []);

  const attachList = useCallback((element: HTMLUListElement | null) => {
    listElement.current = element;
  }, []);

  const focusRow = useCallback(
    (index: number) => {
      const key = keys[index];
      if (key === undefined) return;
      setFocusedKey(key);
      const target = focusTarget(listElement.current, key);
      if (target) target.focus();
      // Not rendered yet: the layout effect focuses it after the render that adds it.
      else pendingFocus.current = key;
    },
    [keys],
  );

  const whole = keys.length <= RENDER_ALL_UP_TO;
  const focusedIndex = focusedKey === null ? -1 : keys.indexOf(focusedKey);
  const end = whole ? keys.length : Math.min(range.end, keys.length);
  const start = whole ? 0 : Math.min(range.start, end);
  const indices: number[] = [];
  if (focusedIndex !== -1 && focusedIndex < start) indices.push(focusedIndex);
  for (let i = start; i < end; i++) indices.push(i);
  if (focusedIndex >= end) indices.push(focusedIndex);

  return {
    attachList,
    measureRow,
    totalHeight: layout.total,
    indices,
    tops: layout.tops,
    focusRow,
    setFocusedKey,
  };
}
