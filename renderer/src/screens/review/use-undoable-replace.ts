import { CALLS } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';
import { useToast } from '../../ui/Toast.tsx';

/**
 * Split and merge put the originals in the trash and make new documents. Undo restores the originals
 * and moves the new documents to the trash, so nothing is lost either way.
 */
export function useUndoableReplace(onChanged: () => void) {
  const api = useApi();
  const toast = useToast();
  return (message: string, originals: string[], made: string[]) => {
    onChanged();
    toast({
      message,
      action: {
        label: 'Undo',
        onAction: () =>
          void (async () => {
            for (const id of originals) await api.call(CALLS.documentsRestore, { id });
            for (const id of made) await api.call(CALLS.documentsTrash, { id });
            toast({ message: 'Put back as it was.' });
            onChanged();
          })(),
      },
    });
  };
}
