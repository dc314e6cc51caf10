import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../lib/class-names.ts';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'section' | 'article' | 'div' | 'li';
  children: ReactNode;
}

/** A calm surface that groups related content. */
export function Card({ as: Tag = 'section', className, children, ...rest }: CardProps) {
  return (
    <Tag className={cx('card', className)} {...rest}>
      {children}
    </Tag>
  );
}
