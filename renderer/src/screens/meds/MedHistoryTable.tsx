import type { Medication } from '../../../../shared/schemas/meds.schema.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';

const EVENT_WORDS: Record<Medication['events'][number]['kind'], string> = {
  start: 'Started',
  change: 'Dose changed',
  pause: 'Paused',
  restart: 'Started again',
  stop: 'Stopped',
};

/** Every recorded event of every medicine, oldest first (undated ones last). */
export function MedHistoryTable({ medications }: { medications: Medication[] }) {
  const rows = medications
    .flatMap((m) => m.events.map((e) => ({ med: m, event: e })))
    .sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999'));
  if (rows.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Full medication history">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Medicine</th>
            <th scope="col">What happened</th>
            <th scope="col">Dose</th>
            <th scope="col">How often</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ med, event }) => (
            <tr key={event.id}>
              <td>{formatPartialDate(event.date)}</td>
              <th scope="row">{med.name}</th>
              <td>{EVENT_WORDS[event.kind]}</td>
              <td>{event.dose ?? '—'}</td>
              <td>{event.frequency ?? '—'}</td>
              <td>{event.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
