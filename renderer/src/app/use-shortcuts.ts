import { useEffect, useRef } from 'react';

/** What the app's single-key shortcuts do; a missing handler leaves its key alone. */
export interface ShortcutHandlers {
  importFiles?: () => void;
  focusSearch?: () => void;
  showHelp?: () => void;
}

/** True while someone is typing, or a dialog is open: single letters are theirs then, not shortcuts. */
function isTypingOrInDialog(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="combobox"]');
}

/**
 * Moves focus to the next or previous item of the list that holds focus (or of the first list on the
 * screen). Lists opt in by marking their items' main link or button with `data-nav-item`.
 */
export function moveInList(step: 1 | -1): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-nav-item]')];
  if (items.length === 0) return;
  const index = items.findIndex((item) => item === document.activeElement);
  const next = index === -1 ? (step === 1 ? 0 : items.length - 1) : index + step;
  const target = items[Math.min(Math.max(next, 0), items.length - 1)];
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}

/**
 * Presses the suggested choice of the item that holds focus (or of the first item on the screen): in the
 * review queue, "File as <suggested category>". Items opt in with `data-confirm-scope`, and mark their
 * suggested button with `data-confirm-default`.
 */
export function confirmSuggestion(): void {
  const active = document.activeElement;
  const scope =
    (active instanceof HTMLElement ? active.closest<HTMLElement>('[data-confirm-scope]') : null) ??
    document.querySelector<HTMLElement>('[data-confirm-scope]');
  scope?.querySelector<HTMLElement>('[data-confirm-default]')?.click();
}

/**
 * The app's keyboard shortcuts: `i` import, `/` or Ctrl+K search, `j`/`k` next/previous document, `c`
 * confirm the suggested category, `?` the list of shortcuts. Ctrl+K works everywhere; the single keys
 * are ignored while typing in a field.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = latest.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && !event.altKey) {
        if (!h.focusSearch || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        h.focusSearch();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingOrInDialog(event.target)) return;
      const action = {
        i: h.importFiles,
        '/': h.focusSearch,
        '?': h.showHelp,
        j: () => moveInList(1),
        k: () => moveInList(-1),
        c: confirmSuggestion,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
