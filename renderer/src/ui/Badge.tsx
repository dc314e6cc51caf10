import type { ReactNode } from 'react';
import { cx } from '../lib/class-names.ts';

export type BadgeTone = 'neutral' | 'attention' | 'working' | 'problem' | 'good';

/** A short state in words; the tone's colour and marker only repeat what the words say. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={cx('badge', `badge--${tone}`)}>{children}</span>;
}
