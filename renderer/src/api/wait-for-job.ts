import { CALLS, type CallOutput, type CareBinderApi } from '../../../shared/api/contract.ts';

/** A job's final state as `jobs:get` gives it. */
export type JobState = CallOutput<typeof CALLS.jobsGet>;

/**
 * Resolves with a job's final state (done, failed or cancelled). Listens for its progress events and also
 * asks once at the start, in case it finished before the listener was in place.
 */
export function waitForJob(api: CareBinderApi, jobId: string): Promise<JobState> {
  return new Promise((resolve) => {
    let settled = false;
    const check = async () => {
      const result = await api.call(CALLS.jobsGet, { jobId });
      if (settled) return;
      if (!result.ok)
        finish({ id: jobId, kind: '', status: 'failed', progress: noProgress, error: result.error });
      else if (result.value.status !== 'running') finish(result.value);
    };
    const finish = (state: JobState) => {
      settled = true;
      stop();
      resolve(state);
    };
    const stop = api.onEvent((event) => {
      if (event.type === 'job:progress' && event.jobId === jobId && event.status !== 'running') void check();
    });
    void check();
  });
}

const noProgress = { step: '', current: 0, total: 0 };
