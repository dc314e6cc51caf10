import type { Readiness } from '../../../../shared/schemas/case.schema.ts';
import { cx } from '../../lib/class-names.ts';
import { CheckIcon } from '../../ui/icons.tsx';

/**
 * "7 of 15 ready" in large type with what is still missing, read out politely when it changes. The bar
 * only repeats the count.
 */
export function ReadinessSummary({ readiness }: { readiness: Readiness }) {
  const done = readiness.missing.length === 0;
  const percent = readiness.total ? Math.round((readiness.ready / readiness.total) * 100) : 100;
  return (
    <div className={cx('readiness', done && 'readiness--done')} aria-live="polite" aria-atomic="true">
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
