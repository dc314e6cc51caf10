import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type CaseSummary } from '../../../../shared/schemas/case.schema.ts';
import type { CareBinderApi } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-provider.ts';

/** A person's second-opinion case as the screen holds it, with the list of all their cases. */
export interface CaseState {
  /** 'none': the person has no active case (and none was asked for by id). */
  status: 'loading' | 'none' | 'open' | 'failed';
  detail: CaseDetail | null;
  /** Every case of the person, newest first (the earlier, closed ones are listed for opening). */
  cases: CaseSummary[];
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

const GONE = 'That second opinion is not in this vault any more.';

/** The case asked for by id, else the person's active case (the one not closed), or 'none'. */
async function loadCase(api: CareBinderApi, personId: string, caseId: string | null): Promise<Loaded> {
  const list = await api.call(CASE_CALLS.list, { personId });
  if (!list.ok) return { status: 'failed', detail: null, cases: [], error: list.error.message };
  const cases = list.value;
  const shown = caseId ? cases.find((c) => c.id === caseId) : cases.find((c) => c.status === 'active');
  if (!shown) {
    return caseId
      ? { status: 'failed', detail: null, cases, error: GONE }
      : { status: 'none', detail: null, cases, error: null };
  }
  const got = await api.call(CASE_CALLS.get, { id: shown.id });
  return got.ok
    ? { status: 'open', detail: got.value, cases, error: null }
    : { status: 'failed', detail: null, cases, error: got.error.message };
}

/** Loads a person's active case (or the one asked for) and keeps it current as it changes. */
export function useCase(personId: string, caseId: string | null): CaseState {
  const api = useApi();
  const [state, setState] = useState<Loaded>({ status: 'loading', detail: null, cases: [], error: null });

  const reload = useCallback(async () => {
    setState(await loadCase(api, personId, caseId));
  }, [api, personId, caseId]);

  useEffect(() => {
    void loadCase(api, personId, caseId).then(setState);
  }, [api, personId, caseId]);

  const apply = useCallback((result: Result<CaseDetail>) => {
    if (!result.ok) return result.error.message;
    setState((old) => ({ ...old, status: 'open', detail: result.value, error: null }));
    return null;
  }, []);

  return { ...state, reload, apply };
}
