import type { Readiness } from '../../../../shared/schemas/case.schema.ts';
import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { ageInYears, describeAge, formatLongDate } from '../../lib/dates.ts';
import { CategoryChecklist } from '../binder/CategoryChecklist.tsx';
import { ReadinessSummary } from '../case/ReadinessSummary.tsx';
import { describeCount, describeNeedsReview, type CategoryCounts } from '../binder/document-counts.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { AlertIcon } from '../../ui/icons.tsx';

export interface PersonCardProps {
  person: Person;
  /** Documents per checklist category; null while they are being counted. */
  counts: CategoryCounts | null;
  /** How ready the second-opinion checklist is; null while it is being worked out. */
  readiness: Readiness | null;
  onOpen: (person: Person) => void;
  /** Opens the person's second-opinion case. */
  onSecondOpinion: (person: Person) => void;
  /** Opens the binder's review queue (offered when documents there need a look). */
  onReview: (person: Person) => void;
  onEdit: (person: Person) => void;
  onArchive: (person: Person) => void;
}

/** One family member: who they are and their binder's checklist with what it holds so far. */
export function PersonCard({
  person,
  counts,
  readiness,
  onOpen,
  onSecondOpinion,
  onReview,
  onEdit,
  onArchive,
}: PersonCardProps) {
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
      {readiness && readiness.total > 0 && (
        <section className="person__readiness" aria-labelledby={`${titleId}-readiness`}>
          <h3 id={`${titleId}-readiness`} className="binder__title">
            Second opinion
          </h3>
          <ReadinessSummary readiness={readiness} compact />
        </section>
      )}

      <div className="binder">
        {counts === null ? (
          <p className="binder__hint">Counting documents…</p>
        ) : counts.total === 0 ? (
          <>
            <h3 className="binder__title">No documents yet</h3>
            <p className="binder__hint">
              Their binder has a place for each kind of record a second opinion needs:
            </p>
          </>
        ) : (
          <>
            <h3 className="binder__title">{describeCount(counts.total)} in the binder</h3>
            <p className="binder__hint">
              {counts.unfiled > 0 ? `${describeCount(counts.unfiled)} not filed yet. ` : ''}
              What the binder holds for a second opinion:
            </p>
          </>
        )}
        {counts && counts.needsReview > 0 && (
          <p className="person__review">
            <Button variant="quiet" className="person__review-button" onClick={() => onReview(person)}>
              <AlertIcon /> {describeNeedsReview(counts.needsReview)}
              <span className="visually-hidden"> in {person.name}’s binder</span>
            </Button>
          </p>
        )}
        {counts && <CategoryChecklist counts={counts} label={`${person.name}’s checklist`} />}
      </div>

      <div className="person__actions">
        <Button variant="primary" onClick={() => onOpen(person)}>
          Open binder<span className="visually-hidden"> of {person.name}</span>
        </Button>
        <Button variant="secondary" onClick={() => onSecondOpinion(person)}>
          Second opinion<span className="visually-hidden"> for {person.name}</span>
        </Button>
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
