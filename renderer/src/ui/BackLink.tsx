import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { BackIcon } from './icons.tsx';

/** The quiet "← Back to …" button at the top of a screen that was opened from another one. */
export function BackLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="quiet" className="back-link" onClick={onClick}>
      <BackIcon /> {children}
    </Button>
  );
}
