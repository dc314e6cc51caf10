import type { Readiness } from '../../../../shared/schemas/case.schema.ts';
import { cx } from '../../lib/class-names.ts';
import { CheckIcon } from '../../ui/icons.tsx';

/**
 * "7 of 15 ready" in large type with what is still missing, read out politely when it changes. The bar
 * only repeats the count. `compact` is the quieter version on a family card: smaller, and not a live
 * region (several cards announcing at once would drown each other out).
 */
export function ReadinessSummary({
  readiness,
  compact = false,
}: {
  readiness: Readiness;
  compact?: boolean;
}) {
  const done = readiness.missing.length === 0;
  const percent = readiness.total ? Math.round((readiness.ready / readiness.total) * 100) : 100;
  return (
    <div
      className={cx('readiness', done && 'readiness--done', compact && 'readiness--compact')}
      aria-live={compact ? undefined : 'polite'}
      aria-atomic={compact ? undefined : true}
    >
      <p className="readiness__count">
        {done && <CheckIcon className="readiness__icon" />}
        {readiness.ready} of {readiness.total} ready
      </p>
      <div className="readiness__track" aria-hidden="true">
        <span className="readiness__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="readiness__missing">
        {done
          ? 'Everything on the checklist is ready for the second opinion.'
          : `Still missing: ${readiness.missing.join(', ')}.`}
      </p>
    </div>
  );
}
