import type { LabResult } from '../../../../shared/schemas/records.schema.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';
import { describeFlag, groupByTest } from './lab-flags.ts';
import { TrendLine } from './TrendLine.tsx';

/** Lab results from patient-portal downloads: one table per test over time, with a small trend line. */
export function LabResultsSection({ results }: { results: LabResult[] }) {
  const series = groupByTest(results);
  return (
    <section className="stack" aria-labelledby="labs-title">
      <h2 id="labs-title">Lab results</h2>
      {series.length === 0 ? (
        <p className="muted">
          No lab results were found in the portal downloads. Lab reports on paper are kept under “Lab results”
          in the documents.
        </p>
      ) : (
        <p className="muted">
          Values outside the lab’s normal range are marked in words: High, Low or Outside range.
        </p>
      )}
      {series.map((s) => {
        const titleId = `lab-${s.name.replace(/\W+/g, '-')}`;
        return (
          <section key={s.name} className="card lab" aria-labelledby={titleId}>
            <h3 id={titleId}>
              {s.name}
              {s.unit && <span className="muted"> ({s.unit})</span>}
            </h3>
            <div className="lab__body">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Result</th>
                    <th scope="col">Normal range</th>
                    <th scope="col">Flag</th>
                  </tr>
                </thead>
                <tbody>
                  {s.results.map((r) => {
                    const flag = describeFlag(r);
                    return (
                      <tr key={r.id} className={flag ? 'is-out' : undefined}>
                        <td>{formatPartialDate(r.date)}</td>
                        <td>
                          <strong>{r.value}</strong>
                          {r.unit && ` ${r.unit}`}
                        </td>
                        <td>{r.referenceRange ?? 'Not given'}</td>
                        <td>
                          {flag ? (
                            <strong className="flag">{flag}</strong>
                          ) : r.referenceRange ? (
                            'In range'
                          ) : (
                            'Not flagged'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <TrendLine series={s} />
            </div>
          </section>
        );
      })}
    </section>
  );
}
