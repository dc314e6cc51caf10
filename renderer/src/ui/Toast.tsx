import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export interface ToastOptions {
  message: string;
  /** One action, such as Undo. */
  action?: { label: string; onAction: () => void };
  /** Move keyboard focus to the action (after the control that was used has gone away). */
  focusAction?: boolean;
}

interface ToastItem extends ToastOptions {
  id: number;
}

const ToastContext = createContext<((options: ToastOptions) => void) | null>(null);

/** Shows a short message at the bottom of the window. */
export function useToast(): (options: ToastOptions) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast() used outside <ToastProvider>');
  return show;
}

const PLAIN_MS = 6000;
const WITH_ACTION_MS = 15000;

function Toast({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  const actionRef = useRef<HTMLButtonElement>(null);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (item.focusAction) actionRef.current?.focus();
  }, [item.focusAction]);

  // Never disappear while someone is reading it or about to press its button (WCAG 2.2.1).
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onDismiss(item.id), item.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => window.clearTimeout(timer);
  }, [paused, item, onDismiss]);

  return (
    <div
      className="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast__message">{item.message}</p>
      {item.action && (
        <button
          ref={actionRef}
          type="button"
          className="toast__action"
          onClick={() => {
            onDismiss(item.id);
            item.action?.onAction();
          }}
        >
          {item.action.label}
        </button>
      )}
      <button type="button" className="toast__close" onClick={() => onDismiss(item.id)}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">Dismiss message</span>
      </button>
    </div>
  );
}

/** Holds the toasts and the polite live region they are announced through. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    setItems((list) => [...list.slice(-2), { ...options, id }]);
  }, []);
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((item) => (
          <Toast key={item.id} item={item} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}
