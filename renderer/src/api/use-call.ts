import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract.ts';
import { useApi } from './api-provider.ts';

/** The state of one loaded call: its value (null until loaded), or the plain-language error. */
export interface Loaded<T> {
  value: T | null;
  error: string | null;
  /** Calls again and keeps showing the old value meanwhile; resolves once the new one is in. */
  reload: () => Promise<void>;
}

/**
 * Loads one API call for a screen and reloads it when its input changes. `input` null means "not yet"
 * (e.g. no person chosen). A value is only ever returned for the input it was loaded with, so switching
 * person never shows the previous person's records, even for a moment.
 */
export function useCall<K extends CallName>(name: K, input: CallInput<K> | null): Loaded<CallOutput<K>> {
  const api = useApi();
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{
    key: string | null;
    value: CallOutput<K> | null;
    error: string | null;
  }>({ key: null, value: null, error: null });
  const latest = useRef(0);

  const run = useCallback(async () => {
    if (key === null) return;
    const request = ++latest.current;
    const result = await api.call(name, JSON.parse(key) as CallInput<K>);
    // An older answer arriving after a newer request must not overwrite it.
    if (request !== latest.current) return;
    setState(
      result.ok
        ? { key, value: result.value, error: null }
        : { key, value: null, error: result.error.message },
    );
  }, [api, name, key]);

  useEffect(() => {
    void run();
  }, [run]);

  const current = state.key === key;
  return { value: current ? state.value : null, error: current ? state.error : null, reload: run };
}
