import { CALLS } from '../../../../shared/api/contract.ts';
import { useCall } from '../../api/use-call.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { DocumentIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { describeFlag, groupByTest } from './lab-flags.ts';
import { TrendLine } from './TrendLine.tsx';

/** Lab results from patient-portal downloads: one table per test over time, with a small trend line. */
export function LabResultsTab({ personId }: { personId: string }) {
  const results = useCall(CALLS.recordsLabResults, { personId });
  if (results.error) return <Notice tone="error">{results.error}</Notice>;
  if (!results.value) return <p role="status">Loading…</p>;
  if (results.value.length === 0)
    return (
      <EmptyState icon={<DocumentIcon />} title="No lab results yet">
        <p>
          Lab results appear here when you import a download from a patient portal (a C-CDA or FHIR file). Lab
          reports on paper are kept under “Lab results” in the documents.
        </p>
      </EmptyState>
    );
  const series = groupByTest(results.value);
  return (
    <div className="stack">
      <h2>Lab results</h2>
      <p className="muted">
        Values outside the lab’s normal range are marked in words: High, Low or Outside range.
      </p>
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
                        <td>{flag ? <strong className="flag">{flag}</strong> : 'In range'}</td>
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
    </div>
  );
}
