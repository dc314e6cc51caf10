import type { ReactNode } from 'react';

export interface ExportStepProps {
  number: number;
  /** The heading's id, which labels the step. */
  headingId: string;
  title: string;
  children: ReactNode;
}

/** One numbered step of the export page: a card whose heading carries the step's number. */
export function ExportStep({ number, headingId, title, children }: ExportStepProps) {
  return (
    <section className="card export-step" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="export-step__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
