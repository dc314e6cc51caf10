import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import type { ExportPreview } from '../../../../shared/schemas/export.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { DateField } from '../../ui/DateField.tsx';
import type { ContentsChoice } from './export-form.ts';
import { describeDocuments, describePages } from './packet-words.ts';
import { ExportStep } from './ExportStep.tsx';

export interface ContentsStepProps {
  /** Everything in the date range: what can be chosen (null while loading). */
  available: ExportPreview | null;
  contents: ContentsChoice;
  onChange: (next: ContentsChoice) => void;
}

const toggle = <T,>(list: T[], item: T, include: boolean): T[] =>
  include ? list.filter((x) => x !== item) : [...list, item];

/** Step 1: which kinds of documents (all ticked), optionally single documents, and a date range. */
export function ContentsStep({ available, contents, onChange }: ContentsStepProps) {
  const present = available?.byCategory ?? [];
  const missing = CATEGORY_IDS.filter((id) => !present.some((c) => c.category === id));
  const ticked = (id: CategoryId) => !contents.leftOutCategories.includes(id);
  const choosable = available?.documents.filter((d) => ticked(d.category)) ?? [];
  const leftOutCount = choosable.filter((d) => contents.leftOutDocuments.includes(d.id)).length;

  return (
    <ExportStep number={1} headingId="step-what" title="What goes in">
      {!available ? (
        <p className="muted">Looking through the binder…</p>
      ) : present.length === 0 ? (
        <p>
          {contents.from || contents.to
            ? 'There are no dated documents in these dates. Change or clear the dates below.'
            : 'There are no documents in this binder yet. Import some first.'}
        </p>
      ) : (
        <fieldset className="export-categories">
          <legend>Kinds of documents</legend>
          <p className="field__hint">Everything is ticked. Untick what the doctor does not need.</p>
          <div className="export-categories__list">
            {present.map((c) => (
              <Checkbox
                key={c.category}
                label={CATEGORY_LABELS[c.category]}
                hint={`${describeDocuments(c.documents)}, ${describePages(c.pages)}`}
                checked={ticked(c.category)}
                onChange={(event) =>
                  onChange({
                    ...contents,
                    leftOutCategories: toggle(contents.leftOutCategories, c.category, event.target.checked),
                  })
                }
              />
            ))}
          </div>
          {contents.leftOutCategories.length > 0 && (
            <Button variant="quiet" onClick={() => onChange({ ...contents, leftOutCategories: [] })}>
              Tick them all again
            </Button>
          )}
        </fieldset>
      )}
      {available && missing.length > 0 && present.length > 0 && (
        <p className="muted export-missing">
          Nothing in this binder yet for: {missing.map((id) => CATEGORY_LABELS[id]).join(', ')}.
        </p>
      )}

      {choosable.length > 0 && (
        <details className="export-documents">
          <summary>
            Choose single documents
            {leftOutCount > 0 ? ` (${describeDocuments(leftOutCount)} left out)` : ''}
          </summary>
          <fieldset className="choice-list choice-list--scroll">
            <legend className="visually-hidden">Documents in the packet</legend>
            {choosable.map((d) => (
              <Checkbox
                key={d.id}
                label={d.title}
                hint={[
                  CATEGORY_LABELS[d.category],
                  d.docDate ? formatLongDate(d.docDate.slice(0, 10)) : 'no date',
                  describePages(d.pageCount),
                ].join(' · ')}
                checked={!contents.leftOutDocuments.includes(d.id)}
                onChange={(event) =>
                  onChange({
                    ...contents,
                    leftOutDocuments: toggle(contents.leftOutDocuments, d.id, event.target.checked),
                  })
                }
              />
            ))}
          </fieldset>
        </details>
      )}

      <fieldset className="export-dates">
        <legend>Only documents between these dates</legend>
        <p className="field__hint">
          Leave both empty to include every date. With dates, undated documents are left out.
        </p>
        <div className="export-dates__row">
          <DateField
            label="From"
            optional
            value={contents.from}
            max={contents.to || undefined}
            onChange={(event) => onChange({ ...contents, from: event.target.value })}
          />
          <DateField
            label="To"
            optional
            value={contents.to}
            min={contents.from || undefined}
            onChange={(event) => onChange({ ...contents, to: event.target.value })}
          />
        </div>
      </fieldset>
    </ExportStep>
  );
}
