export interface ProgressBarProps {
  /** What is happening, in words ("Making a backup"). */
  label: string;
  /** Omit value for work whose length is not known. */
  value?: number;
  max?: number;
}

/** A progress bar with its label in text; indeterminate when no value is given. */
export function ProgressBar({ label, value, max = 100 }: ProgressBarProps) {
  const known = value !== undefined;
  const percent = known ? Math.round((Math.min(Math.max(value, 0), max) / max) * 100) : 0;
  return (
    <div className="progress">
      <p className="progress__label">
        {label}
        {known && ` — ${percent}%`}
      </p>
      <div
        className={known ? 'progress__track' : 'progress__track is-indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? max : undefined}
        aria-valuenow={known ? value : undefined}
      >
        <span className="progress__fill" style={known ? { width: `${percent}%` } : undefined} />
      </div>
    </div>
  );
}
