import type { ReactNode } from 'react';
import { cx } from '../lib/class-names.ts';
import { AlertIcon, CheckIcon, InfoIcon } from './icons.tsx';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in a box. Errors use role="alert" so they are read out at once; others are a polite status.
 * A warning asks for attention without being an error (a page that names someone else).
 * The icon and the words carry the meaning, not the colour.
 */
export function Notice({
  tone = 'info',
  title,
  children,
  live = true,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  /** False for a notice that is part of the page as it loads (announcing it would only repeat the page). */
  live?: boolean;
}) {
  const Icon = tone === 'error' || tone === 'warning' ? AlertIcon : tone === 'success' ? CheckIcon : InfoIcon;
  return (
    <div
      className={cx('notice', `notice--${tone}`)}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      <Icon className="notice__icon" />
      <div className="notice__body">
        {title && <p className="notice__title">{title}</p>}
        {children && <div className="notice__text">{children}</div>}
      </div>
    </div>
  );
}
