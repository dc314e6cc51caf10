import type { ChecklistItem, Checklist } from '../../../../shared/schemas/case.schema.ts';
import { ChecklistItemRow, type ChecklistItemActions } from './ChecklistItemRow.tsx';

/** The checklist in two groups: the records the doctor needs, and the things to do before the visit. */
export function ChecklistSection({
  checklist,
  actions,
  readOnly,
}: {
  checklist: Checklist;
  actions: ChecklistItemActions;
  /** A closed case: the items as they stand, without the actions. */
  readOnly: boolean;
}) {
  const groups: Array<{ id: string; title: string; hint: string; items: ChecklistItem[] }> = [
    {
      id: 'records',
      title: 'Records the second-opinion doctor needs',
      hint: 'Filled in from the documents in the binder and the medication log.',
      items: checklist.items.filter((i) => i.kind === 'document'),
    },
    {
      id: 'tasks',
      title: 'Things to do before the appointment',
      hint: readOnly ? 'What was done before the appointment.' : 'Mark each one as done when it is done.',
      items: checklist.items.filter((i) => i.kind === 'task'),
    },
  ];
  return (
    <div className="stack">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`checklist-${group.id}`} className="stack case-group">
          <div>
            <h3 id={`checklist-${group.id}`}>{group.title}</h3>
            <p className="muted">{group.hint}</p>
          </div>
          <ul className="case-items" aria-label={group.title}>
            {group.items.map((item) => (
              <ChecklistItemRow key={item.id} item={item} actions={actions} readOnly={readOnly} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
