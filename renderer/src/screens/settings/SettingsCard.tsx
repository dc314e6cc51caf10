import type { ReactNode } from 'react';
import { Card } from '../../ui/Card.tsx';

export interface SettingsCardProps {
  /** The heading's id, which labels the card. */
  headingId: string;
  title: string;
  children: ReactNode;
}

/** One section of the settings screen: a card labelled by its heading. */
export function SettingsCard({ headingId, title, children }: SettingsCardProps) {
  return (
    <Card aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </Card>
  );
}
