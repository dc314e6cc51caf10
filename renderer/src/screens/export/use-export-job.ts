import { useRef, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import {
  exportResultSchema,
  type ExportResult,
  type ExportStartInput,
} from '../../../../shared/schemas/export.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useAppEvent } from '../../api/use-app-event.ts';
import { waitForJob } from '../../api/wait-for-job.ts';

/** Where one export is: not started, running (with its latest step), or ended one way or another. */
export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; step: string; current: number; total: number; cancelling: boolean }
  | { state: 'done'; input: ExportStartInput; result: ExportResult }
  | { state: 'failed'; input: ExportStartInput; message: string }
  | { state: 'cancelled'; input: ExportStartInput };

/** Starts an export job, follows its progress events, cancels it, and keeps its outcome. */
export function useExportJob() {
  const api = useApi();
  const [run, setRun] = useState<ExportRun>({ state: 'idle' });
  const jobId = useRef<string | null>(null);
  // Cancel pressed before the job had its id: cancelled as soon as the id arrives.
  const cancelWanted = useRef(false);

  useAppEvent((event) => {
    if (event.type !== 'job:progress' || event.jobId !== jobId.current || event.status !== 'running') return;
    setRun((current) =>
      current.state === 'running'
        ? { ...current, step: event.step, current: event.current, total: event.total }
        : current,
    );
  });

  async function start(input: ExportStartInput) {
    cancelWanted.current = false;
    setRun({ state: 'running', step: '', current: 0, total: 0, cancelling: false });
    const started = await api.call(CALLS.exportStart, input);
    if (!started.ok) {
      setRun({ state: 'failed', input, message: started.error.message });
      return;
    }
    jobId.current = started.value.jobId;
    if (cancelWanted.current) void api.call(CALLS.jobsCancel, { jobId: started.value.jobId });
    const final = await waitForJob(api, started.value.jobId);
    jobId.current = null;
    if (final.status === 'cancelled') return setRun({ state: 'cancelled', input });
    const parsed = exportResultSchema.safeParse(final.result);
    if (final.status === 'done' && parsed.success)
      return setRun({ state: 'done', input, result: parsed.data });
    setRun({
      state: 'failed',
      input,
      message: final.error?.message ?? 'The packet could not be made. Please try again.',
    });
  }

  async function cancel() {
    cancelWanted.current = true;
    setRun((current) => (current.state === 'running' ? { ...current, cancelling: true } : current));
    if (jobId.current) await api.call(CALLS.jobsCancel, { jobId: jobId.current });
  }

  return { run, start, cancel, reset: () => setRun({ state: 'idle' }) };
}
