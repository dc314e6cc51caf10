import type { Medication, Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import {
  cyclesInOrder,
  describeProgress,
  describeSpacing,
  isFinished,
  nextCycleNumber,
} from './regimen-form.ts';

export interface RegimenListProps {
  regimens: Regimen[];
  medications: Medication[];
  onRecordCycle: (regimen: Regimen) => void;
}

/**
 * Each chemotherapy regimen with how far it has gone ("Cycle 3 of 4, last given March 10, 2026"), the
 * cycles given, the medicines it includes, and the button to record the next cycle.
 */
export function RegimenList({ regimens, medications, onRecordCycle }: RegimenListProps) {
  return (
    <ul className="regimens">
      {regimens.map((regimen) => {
        const titleId = `regimen-${regimen.id}`;
        const meds = medications
          .filter((m) => m.regimenId === regimen.id)
          .sort((a, b) => a.name.localeCompare(b.name));
        const spacing = describeSpacing(regimen);
        const next = nextCycleNumber(regimen);
        return (
          <li key={regimen.id} className="card regimen" aria-labelledby={titleId}>
            <div className="regimen__head">
              <div>
                <h4 id={titleId} className="regimen__name">
                  {regimen.name}
                </h4>
                <p className="regimen__progress">{describeProgress(regimen)}</p>
                {spacing && <p className="muted">{spacing}</p>}
              </div>
              {isFinished(regimen) ? (
                <p className="regimen__done">All planned cycles are recorded.</p>
              ) : (
                <Button onClick={() => onRecordCycle(regimen)}>
                  Record cycle {next}
                  <span className="visually-hidden"> of {regimen.name}</span>
                </Button>
              )}
            </div>
            {regimen.notes && <p className="regimen__notes">{regimen.notes}</p>}
            <div className="regimen__parts">
              <div>
                <p className="regimen__label">Cycles given</p>
                {regimen.cycles.length === 0 ? (
                  <p className="muted">None recorded yet.</p>
                ) : (
                  <ol className="regimen__cycles" aria-label={`Cycles of ${regimen.name}`}>
                    {cyclesInOrder(regimen).map((c) => (
                      <li key={c.id}>
                        <strong>Cycle {c.number}</strong> — {formatLongDate(c.date)}
                        {c.notes && <span className="muted"> · {c.notes}</span>}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
              <div>
                <p className="regimen__label">Medicines in this regimen</p>
                {meds.length === 0 ? (
                  <p className="muted">
                    None linked yet. Use “Edit” on a medicine to put it in this regimen.
                  </p>
                ) : (
                  <ul className="regimen__meds" aria-label={`Medicines in ${regimen.name}`}>
                    {meds.map((m) => (
                      <li key={m.id}>
                        {m.name}
                        {!m.current && <span className="muted"> (stopped)</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
