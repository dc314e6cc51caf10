import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { useToast } from '../../ui/Toast.tsx';

/**
 * Moves a document to another family member's binder, with an Undo in the toast that moves it back.
 * Returns the move function and whether a move is under way.
 */
export function useMoveDocument(fromPersonId: string, onMoved: () => void) {
  const api = useApi();
  const toast = useToast();
  const [moving, setMoving] = useState(false);

  async function move(documentId: string, toPersonId: string, name: string): Promise<boolean> {
    setMoving(true);
    const result = await api.call(CALLS.documentsMoveToPerson, { id: documentId, personId: toPersonId });
    setMoving(false);
    if (!result.ok) {
      toast({ message: result.error.message });
      return false;
    }
    onMoved();
    toast({
      message: `Moved to ${name}’s binder.`,
      action: {
        label: 'Undo',
        onAction: () =>
          void api
            .call(CALLS.documentsMoveToPerson, { id: documentId, personId: fromPersonId })
            .then((back) => {
              toast({ message: back.ok ? 'Moved back.' : back.error.message });
              if (back.ok) onMoved();
            }),
      },
    });
    return true;
  }

  return { move, moving };
}
