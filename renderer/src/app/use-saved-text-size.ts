import { useEffect } from 'react';
import { CALLS } from '../../../shared/api/contract.ts';
import type { CareBinderApi } from '../../../shared/api/contract.ts';
import { applyTextSize } from '../lib/text-size.ts';

/** Applies the text size saved on this computer as soon as the app starts, before anything is unlocked. */
export function useSavedTextSize(api: CareBinderApi): void {
  useEffect(() => {
    void api.call(CALLS.settingsDisplay, {}).then((result) => {
      // Unreadable settings leave the normal size: nothing else depends on it.
      if (result.ok) applyTextSize(result.value.textSize);
    });
  }, [api]);
}
