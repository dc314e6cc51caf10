import { assessPassphrase } from '../../../shared/passphrase-strength.ts';

/**
 * How hard a passphrase is to guess, as words (the label and one suggestion) and as a bar. The words
 * carry the meaning, the bar and its colour only repeat it. Announced politely as it changes.
 */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const strength = assessPassphrase(passphrase);
  const empty = passphrase.length === 0;
  return (
    <div className="strength" data-score={empty ? 'none' : strength.score}>
      <div className="strength__bar" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((step) => (
          <span key={step} className={!empty && step <= strength.score ? 'is-on' : undefined} />
        ))}
      </div>
      <p className="strength__text" aria-live="polite">
        {empty ? (
          'Strength: not entered yet'
        ) : (
          <>
            <strong>Strength: {strength.label}.</strong>
            {strength.hint && <> {strength.hint}</>}
          </>
        )}
      </p>
    </div>
  );
}
