import { useState } from 'react';
import { usePeople } from '../../lib/use-people.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField } from '../../ui/SelectField.tsx';

export interface MoveDialogProps {
  title: string;
  fromPersonId: string;
  onClose: () => void;
  onMove: (personId: string, name: string) => void;
  busy: boolean;
}

/** Choose which family member's binder a document belongs in. */
export function MoveDialog({ title, fromPersonId, onClose, onMove, busy }: MoveDialogProps) {
  const { value: people } = usePeople();
  const others = (people ?? []).filter((p) => p.id !== fromPersonId && !p.archived);
  const [choice, setChoice] = useState('');
  const target = others.find((p) => p.id === (choice || others[0]?.id));
  return (
    <Dialog
      title="Move to another family member"
      onClose={onClose}
      footer={
        <>
          <Button
            variant="primary"
            busy={busy}
            busyLabel="Moving…"
            disabled={!target}
            onClick={() => target && onMove(target.id, target.name)}
          >
            Move
          </Button>
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      {others.length === 0 ? (
        <p>There is no one else in your family list yet. Add them on the Family page first.</p>
      ) : (
        <SelectField
          label={`Whose binder should “${title}” be in?`}
          value={target?.id ?? ''}
          onChange={(event) => setChoice(event.target.value)}
          options={others.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
    </Dialog>
  );
}
