import type { Medication, MedicationSuggestion } from '../../../../shared/schemas/meds.schema.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface SuggestionListProps {
  suggestions: MedicationSuggestion[];
  medications: Medication[];
  busyId: string | null;
  onAccept: (s: MedicationSuggestion) => void;
  onEdit: (s: MedicationSuggestion) => void;
  onDismiss: (s: MedicationSuggestion) => void;
}

/** Medicines found in imported documents, each with the line it came from, to accept, correct or dismiss. */
export function SuggestionList({
  suggestions,
  medications,
  busyId,
  onAccept,
  onEdit,
  onDismiss,
}: SuggestionListProps) {
  return (
    <ul className="suggestions" aria-label="Suggested medicines">
      {suggestions.map((s) => {
        const titleId = `suggestion-${s.id}`;
        const match = medications.find((m) => m.id === s.matchesMedicationId);
        const details = [
          s.dose ?? s.strength,
          s.route,
          s.frequency,
          s.start && `since ${formatPartialDate(s.start)}`,
        ]
          .filter(Boolean)
          .join(' · ');
        const busy = busyId === s.id;
        return (
          <Card as="li" key={s.id} className="suggestion" aria-labelledby={titleId}>
            <h4 id={titleId} className="suggestion__name">
              {s.name}
              {s.normalized && s.normalized.toLowerCase() !== s.name.toLowerCase() && ` (${s.normalized})`}
            </h4>
            {details && <p className="suggestion__details">{details}</p>}
            <p className="evidence">
              <q>{s.evidence}</q>
              <br />
              <span className="muted">
                From {s.documentTitle ? `“${s.documentTitle}”` : 'an imported document'}
                {s.page !== null && `, page ${s.page}`}
              </span>
            </p>
            {match && !s.conflict && (
              <p className="muted">Accepting adds this to the {match.name} already in the list.</p>
            )}
            {s.conflict && (
              <Notice tone="warning" title="This does not match what is recorded" live={false}>
                <p>{s.conflict}</p>
              </Notice>
            )}
            <div className="actions-row">
              <Button variant="primary" busy={busy} busyLabel="Accepting…" onClick={() => onAccept(s)}>
                Accept<span className="visually-hidden"> {s.name}</span>
              </Button>
              <Button onClick={() => onEdit(s)}>
                Edit and accept<span className="visually-hidden"> {s.name}</span>
              </Button>
              <Button variant="quiet" onClick={() => onDismiss(s)}>
                Dismiss<span className="visually-hidden"> {s.name}</span>
              </Button>
            </div>
          </Card>
        );
      })}
    </ul>
  );
}
