import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail } from '../../../../shared/schemas/case.schema.ts';
import type { CareBinderApi } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';

/** A person's active second-opinion case as the screen holds it. */
export interface CaseState {
  /** 'none': the person has no active case yet. */
  status: 'loading' | 'none' | 'open' | 'failed';
  detail: CaseDetail | null;
  error: string | null;
  /** Loads again from the vault (after a change that does not answer with the whole case). */
  reload: () => Promise<void>;
  /**
   * Takes the answer of a change: every case call answers with the whole case, so the screen simply
   * shows it. Returns the plain-language error, or null when it worked.
   */
  apply: (result: Result<CaseDetail>) => string | null;
}

type Loaded = Omit<CaseState, 'reload' | 'apply'>;

/** The person's active case (the one not closed), or 'none'. */
async function loadActiveCase(api: CareBinderApi, personId: string): Promise<Loaded> {
  const list = await api.call(CASE_CALLS.list, { personId });
  if (!list.ok) return { status: 'failed', detail: null, error: list.error.message };
  const active = list.value.find((c) => c.status === 'active');
  if (!active) return { status: 'none', detail: null, error: null };
  const got = await api.call(CASE_CALLS.get, { id: active.id });
  return got.ok
    ? { status: 'open', detail: got.value, error: null }
    : { status: 'failed', detail: null, error: got.error.message };
}

/** Loads a person's active case and keeps it current as it changes. */
export function useCase(personId: string): CaseState {
  const api = useApi();
  const [state, setState] = useState<Loaded>({ status: 'loading', detail: null, error: null });

  const reload = useCallback(async () => {
    const loaded = await loadActiveCase(api, personId);
    setState(loaded);
  }, [api, personId]);

  useEffect(() => {
    void loadActiveCase(api, personId).then(setState);
  }, [api, personId]);

  const apply = useCallback((result: Result<CaseDetail>) => {
    if (!result.ok) return result.error.message;
    setState({ status: 'open', detail: result.value, error: null });
    return null;
  }, []);

  return { ...state, reload, apply };
}
