import type { CALLS, CallOutput } from '../../../../shared/api/contract.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';

/** One problem, allergy or procedure read from a portal download. */
export type ClinicalItem = CallOutput<typeof CALLS.recordsClinical>[number];
export type ClinicalKind = ClinicalItem['kind'];

/** The words each group is shown with: plain headings and what an empty group means. */
const GROUPS: Record<
  ClinicalKind,
  { title: string; name: string; date: string; detail: string; empty: string }
> = {
  problem: {
    title: 'Conditions',
    name: 'Condition',
    date: 'Noted',
    detail: 'Details',
    empty: 'No conditions were found in the portal downloads.',
  },
  allergy: {
    title: 'Allergies',
    name: 'Allergic to',
    date: 'Noted',
    detail: 'Reaction',
    empty:
      'No allergies were found in the portal downloads. That does not mean there are none: tell every doctor about any allergy you know of.',
  },
  procedure: {
    title: 'Procedures',
    name: 'Procedure',
    date: 'Date',
    detail: 'Details',
    empty: 'No procedures were found in the portal downloads.',
  },
};

/** "active" → "Active"; portals write statuses in any case. */
function describeStatus(status: string | null): string {
  const text = status?.trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Not given';
}

export interface ClinicalItemsSectionProps {
  kind: ClinicalKind;
  /** Every clinical item of the person; this section shows those of its kind. */
  items: ClinicalItem[];
  /** Opens the download an item came from. */
  onOpenSource: (documentId: string) => void;
}

/** One group (conditions, allergies or procedures) as a table, newest first, with where each came from. */
export function ClinicalItemsSection({ kind, items, onOpenSource }: ClinicalItemsSectionProps) {
  const group = GROUPS[kind];
  const titleId = `record-${kind}-title`;
  const rows = items
    .filter((item) => item.kind === kind)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <section className="card record-group" aria-labelledby={titleId}>
      <h2 id={titleId}>{group.title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{group.empty}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`${group.title} table`}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{group.name}</th>
                <th scope="col">{group.date}</th>
                <th scope="col">Status</th>
                <th scope="col">{group.detail}</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.name}</th>
                  <td>{item.date ? formatPartialDate(item.date) : 'Not given'}</td>
                  <td>{describeStatus(item.status)}</td>
                  <td>{item.detail ?? '—'}</td>
                  <td>
                    {item.documentId ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onOpenSource(item.documentId!)}
                      >
                        Open the download<span className="visually-hidden"> that lists {item.name}</span>
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
