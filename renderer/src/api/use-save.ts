import { useState } from 'react';
import type { Result } from '../../../shared/errors.ts';

/**
 * The save step every form dialog shares: marks the dialog busy while the call runs, then hands the
 * value on, or keeps the plain-language error to show under the form.
 */
export function useSave<T>(onSaved: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function run(call: () => Promise<Result<T>>): Promise<void> {
    setBusy(true);
    setFailure(null);
    const result = await call();
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error.message);
  }
  return { busy, failure, run };
}
