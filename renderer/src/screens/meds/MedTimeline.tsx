import { useId } from 'react';
import type { Medication } from '../../../../shared/schemas/meds.schema.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';
import { fitLabel } from './fit-label.ts';
import { buildTimeline, yearTicks } from './timeline-scale.ts';

const WIDTH = 960;
const LABEL = 200;
const ROW = 44;
const AXIS = 36;
const MONTH_YEAR = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * One bar per medicine over time: solid while taken, hatched while paused, a mark where the dose changed.
 * The picture is summarised for screen readers, and the same facts are in a table below it.
 */
export function MedTimeline({ medications }: { medications: Medication[] }) {
  const titleId = useId();
  const timeline = buildTimeline(medications);
  if (!timeline)
    return <p className="muted">Add the dates medicines were started to see them on a timeline.</p>;
  const { rows, start, end } = timeline;
  const height = rows.length * ROW + AXIS;
  const x = (t: number) => LABEL + ((t - start) / Math.max(end - start, 1)) * (WIDTH - LABEL - 16);
  const summary = `Timeline of ${rows.length} medicines from ${MONTH_YEAR.format(start)} to ${MONTH_YEAR.format(end)}. The table below has the same information.`;

  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} className="timeline__svg">
        <title id={titleId}>{summary}</title>
        <defs>
          <pattern
            id="paused-hatch"
            patternUnits="userSpaceOnUse"
            width="8"
            height="8"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" className="timeline__paused-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="timeline__hatch" strokeWidth="4" />
          </pattern>
        </defs>
        {yearTicks(start, end).map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={rows.length * ROW} className="timeline__grid" />
            <text x={x(t)} y={rows.length * ROW + 22} textAnchor="middle" className="timeline__axis">
              {new Date(t).getUTCFullYear()}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = i * ROW;
          return (
            <g key={row.medication.id}>
              {/* A shortened name shows the whole of it on hover. */}
              <g>
                <title>{row.medication.name}</title>
                <text x={0} y={y + ROW / 2 + 6} className="timeline__label">
                  {fitLabel(row.medication.name, LABEL - 12)}
                </text>
              </g>
              {row.bars.map((bar, j) => (
                <g key={j}>
                  <rect
                    x={x(bar.from)}
                    y={y + 10}
                    width={Math.max(x(bar.to) - x(bar.from), 3)}
                    height={ROW - 20}
                    rx={4}
                    className={
                      bar.state === 'paused' ? 'timeline__bar timeline__bar--paused' : 'timeline__bar'
                    }
                    fill={bar.state === 'paused' ? 'url(#paused-hatch)' : undefined}
                  />
                  {bar.doseChange && (
                    <path
                      d={`M ${x(bar.from)} ${y + 2} l 7 7 l -7 7 l -7 -7 z`}
                      className="timeline__change"
                    />
                  )}
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="timeline__key">
        <span>
          <span className="key key--taking" aria-hidden="true" /> Taking
        </span>
        <span>
          <span className="key key--paused" aria-hidden="true" /> Paused
        </span>
        <span>
          <span className="key key--change" aria-hidden="true">
            ◆
          </span>{' '}
          Dose changed
        </span>
      </figcaption>
      <details className="timeline__table">
        <summary>Show the timeline as a table</summary>
        <table className="table">
          <caption className="visually-hidden">Each stretch of time a medicine was taken or paused</caption>
          <thead>
            <tr>
              <th scope="col">Medicine</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">State</th>
              <th scope="col">Dose</th>
              <th scope="col">How often</th>
            </tr>
          </thead>
          <tbody>
            {medications.flatMap((m) =>
              m.periods.map((p, j) => (
                <tr key={`${m.id}-${j}`}>
                  <th scope="row">{m.name}</th>
                  <td>{formatPartialDate(p.from)}</td>
                  <td>
                    {p.to ? formatPartialDate(p.to) : p.state === 'paused' ? 'Still paused' : 'Still taking'}
                  </td>
                  <td>{p.state === 'paused' ? 'Paused' : 'Taking'}</td>
                  <td>{p.dose ?? '—'}</td>
                  <td>{p.frequency ?? '—'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
