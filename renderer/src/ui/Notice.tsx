import type { ReactNode } from 'react';
import { cx } from '../lib/class-names.ts';
import { AlertIcon, CheckIcon, InfoIcon } from './icons.tsx';

export type NoticeTone = 'info' | 'success' | 'error';

/**
 * A message in a box. Errors use role="alert" so they are read out at once; others are a polite status.
 * The icon and the words carry the meaning, not the colour.
 */
export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
}) {
  const Icon = tone === 'error' ? AlertIcon : tone === 'success' ? CheckIcon : InfoIcon;
  return (
    <div className={cx('notice', `notice--${tone}`)} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon className="notice__icon" />
      <div className="notice__body">
        {title && <p className="notice__title">{title}</p>}
        {children && <div className="notice__text">{children}</div>}
      </div>
    </div>
  );
}
