import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../../shared/categories.ts';
import { cx } from '../../lib/class-names.ts';
import { CheckIcon, CircleIcon } from '../../ui/icons.tsx';
import { describeCount, type CategoryCounts } from './document-counts.ts';

export interface CategoryChecklistProps {
  counts: CategoryCounts;
  /** When given, each category is a button that shows its documents (the binder); otherwise plain text. */
  onSelect?: (category: CategoryId) => void;
  selected?: CategoryId | null;
  label: string;
}

/**
 * The second-opinion checklist: every category with how many documents it holds, and "none yet" in words
 * for the empty ones (the dashed outline and the tick only repeat that).
 */
export function CategoryChecklist({ counts, onSelect, selected, label }: CategoryChecklistProps) {
  return (
    <ul className="binder__list" aria-label={label}>
      {CATEGORY_IDS.map((id) => {
        const count = counts.byCategory[id];
        const content = (
          <>
            {count > 0 ? <CheckIcon className="binder__mark" /> : <CircleIcon className="binder__mark" />}
            <span>{CATEGORY_LABELS[id]}</span>
            <span className="binder__count">{count > 0 ? describeCount(count) : 'none yet'}</span>
          </>
        );
        return (
          <li key={id} className={cx('binder__item', count > 0 && 'binder__item--filled')}>
            {onSelect ? (
              <button
                type="button"
                className="binder__button"
                aria-pressed={selected === id}
                onClick={() => onSelect(id)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
