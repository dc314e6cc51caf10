import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface IdentityWarningProps {
  warning: NonNullable<DocumentSummary['identityWarning']>;
  onMove: (personId: string, name: string) => void;
  busy?: boolean;
}

/**
 * "This page names John Doe, born 1958-02-01 — you are filing it under Jane Doe", with one button to move
 * it when the page matches another family member.
 */
export function IdentityWarning({ warning, onMove, busy }: IdentityWarningProps) {
  const { value: people } = usePeople();
  const target = findPerson(people, warning.suggestedPersonId);
  return (
    <Notice tone="warning" title="This may be someone else’s record" live={false}>
      <p className="identity-warning__message">{warning.message}</p>
      {target ? (
        <Button
          variant="primary"
          busy={busy}
          busyLabel="Moving…"
          onClick={() => onMove(target.id, target.name)}
        >
          Move to {target.name}
        </Button>
      ) : (
        <p>If it belongs to someone else in your family, use “Move to another family member”.</p>
      )}
    </Notice>
  );
}
