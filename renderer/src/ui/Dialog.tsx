import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { cx } from '../lib/class-names.ts';
import { useNeedsScrollFocus } from '../lib/use-needs-scroll-focus.ts';

export interface DialogProps {
  title: string;
  /** Called on Escape and on the close button; the parent then stops rendering the dialog. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  footer?: ReactNode;
  size?: 'small' | 'medium';
  /** Id of the text that describes the dialog (confirmations). */
  describedBy?: string;
  /** Where focus starts; by default the first field, or the first footer button. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the control that opened the dialog is gone (default: the screen's heading). */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** The current screen's heading, which screens make focusable (tabIndex -1) for just this. */
function screenHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('#main h1[tabindex="-1"]');
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert (so focus
 * stays inside), Escape closes it, and the title labels it. Render it only while it is open; on close,
 * focus goes back to the control that opened it when that still exists, else to `returnFocusTo`, else to
 * the screen's heading — never to the page itself, where keyboard users would start again at the top.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  size = 'medium',
  describedBy,
  initialFocus,
  returnFocusTo,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [watchBody, bodyNeedsFocus] = useNeedsScrollFocus<HTMLDivElement>();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The page itself is not an opener: focus had already fallen to it (the control that led here is gone).
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const fallback = returnFocusTo;
    dialog.showModal();
    // showModal() would focus the close button; start where the work is instead.
    const first =
      initialFocus?.current ??
      dialog.querySelector<HTMLElement>('.dialog__body :is(input, textarea, select), .dialog__footer button');
    first?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
      else (fallback?.current ?? screenHeading())?.focus();
    };
    // Opens once per mount: the parent renders the dialog only while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={ref}
      className={cx('dialog', `dialog--${size}`)}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="dialog__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">Close</span>
        </button>
      </div>
      {/* A body of plain text that scrolls (large text, a short window) takes focus, so arrows scroll it. */}
      <div
        ref={watchBody}
        className="dialog__body"
        tabIndex={bodyNeedsFocus ? 0 : undefined}
        role={bodyNeedsFocus ? 'region' : undefined}
        aria-labelledby={bodyNeedsFocus ? titleId : undefined}
      >
        {children}
      </div>
      {footer && <div className="dialog__footer">{footer}</div>}
    </dialog>
  );
}
