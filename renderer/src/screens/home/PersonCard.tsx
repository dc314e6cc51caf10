import { CATEGORY_IDS, CATEGORY_LABELS } from '../../../../shared/categories.ts';
import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { ageInYears, describeAge, formatLongDate } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { CircleIcon } from '../../ui/icons.tsx';

export interface PersonCardProps {
  person: Person;
  onEdit: (person: Person) => void;
  onArchive: (person: Person) => void;
}

/** One family member: who they are and their binder's checklist (empty until documents are imported). */
export function PersonCard({ person, onEdit, onArchive }: PersonCardProps) {
  const titleId = `person-${person.id}-name`;
  const age = person.birthDate ? ageInYears(person.birthDate) : null;
  const facts = [person.relationship, age !== null ? describeAge(age) : null].filter(Boolean).join(' · ');
  return (
    <Card as="li" className="person" aria-labelledby={titleId}>
      <div className="person__head">
        <span className="person__avatar" aria-hidden="true">
          {person.name.trim().charAt(0).toUpperCase()}
        </span>
        <div>
          <h2 id={titleId} className="person__name">
            {person.name}
          </h2>
          {facts && <p className="person__facts">{facts}</p>}
          {person.birthDate && <p className="person__born">Born {formatLongDate(person.birthDate)}</p>}
        </div>
      </div>
      {person.notes && <p className="person__notes">{person.notes}</p>}

      <div className="binder">
        <h3 className="binder__title">No documents yet</h3>
        <p className="binder__hint">
          Their binder has a place for each kind of record a second opinion needs:
        </p>
        <ul className="binder__list">
          {CATEGORY_IDS.map((id) => (
            <li key={id} className="binder__item">
              <CircleIcon className="binder__mark" />
              {CATEGORY_LABELS[id]}
              <span className="visually-hidden"> — empty</span>
            </li>
          ))}
        </ul>
      </div>

      <div className="person__actions">
        <Button variant="secondary" onClick={() => onEdit(person)}>
          Edit<span className="visually-hidden"> {person.name}</span>
        </Button>
        <Button variant="quiet" onClick={() => onArchive(person)}>
          Archive<span className="visually-hidden"> {person.name}</span>
        </Button>
      </div>
    </Card>
  );
}
