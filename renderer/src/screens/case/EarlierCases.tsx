import type { CaseSummary } from '../../../../shared/schemas/case.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { caseName } from './case-words.ts';

export interface EarlierCasesProps {
  /** The person's closed cases, newest first. */
  cases: CaseSummary[];
  onOpen: (kase: CaseSummary) => void;
  onReopen: (kase: CaseSummary) => void;
}

/** "Started 3 January 2026 · closed 5 March 2026 · Dr Imani, Lakeside": what tells one case from another. */
function facts(kase: CaseSummary): string {
  const doctor = [kase.secondDoctor, kase.secondFacility].filter(Boolean).join(', ');
  return [
    `Started ${formatLongDate(kase.createdAt.slice(0, 10))}`,
    `closed ${formatLongDate(kase.updatedAt.slice(0, 10))}`,
    kase.appointmentDate ? `appointment ${formatLongDate(kase.appointmentDate)}` : null,
    doctor || null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The person's earlier, closed second opinions: each can be read as it was kept, or reopened. */
export function EarlierCases({ cases, onOpen, onReopen }: EarlierCasesProps) {
  if (cases.length === 0) return null;
  return (
    <section className="stack earlier-cases" aria-labelledby="earlier-cases-title">
      <div>
        <h2 id="earlier-cases-title">Earlier second opinions</h2>
        <p className="muted">
          Closed, and kept as they were. Open one to read it, or reopen it to change it.
        </p>
      </div>
      <ul className="earlier-cases__list" aria-label="Earlier second opinions">
        {cases.map((kase) => {
          const name = caseName(kase);
          return (
            <li key={kase.id} className="card earlier-case" aria-label={name}>
              <div>
                <h3 className="earlier-case__title">{name}</h3>
                <p className="muted">{facts(kase)}</p>
              </div>
              <div className="actions-row">
                <Button onClick={() => onOpen(kase)}>
                  Open<span className="visually-hidden"> {name}</span>
                </Button>
                <Button variant="quiet" onClick={() => onReopen(kase)}>
                  Reopen<span className="visually-hidden"> {name}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
