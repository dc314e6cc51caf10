import crypto from 'node:crypto';
import { AppError, toErrorShape } from '../errors.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';

/** One progress report: which step, how far. */
export interface JobProgress {
  step: string;
  current: number;
  total: number;
}

export interface JobState {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: JobProgress;
  result?: unknown;
  error?: AppErrorShape;
}

export type JobListener = (state: JobState) => void;

/** At most this often per job does progress reach listeners (a 500-page import must not flood the UI). */
const THROTTLE_MS = 150;

/**
 * Runs long work (import, OCR, export, backup) as jobs with an id, typed progress that never goes
 * backwards within a step, cancellation through an AbortSignal, and a kept result.
 */
export class JobRunner {
  private readonly jobs = new Map<string, { state: JobState; controller: AbortController }>();
  private readonly listener: JobListener;

  constructor(listener: JobListener) {
    this.listener = listener;
  }

  start<T>(
    kind: string,
    work: (report: (p: JobProgress) => void, signal: AbortSignal) => Promise<T>,
  ): { id: string; done: Promise<T> } {
    const id = crypto.randomUUID();
    const controller = new AbortController();
    const state: JobState = {
      id,
      kind,
      status: 'running',
      progress: { step: 'starting', current: 0, total: 0 },
    };
    this.jobs.set(id, { state, controller });
    let lastSent = 0;

    const report = (next: JobProgress) => {
      const prev = state.progress;
      const sameStep = prev.step === next.step && prev.total === next.total;
      state.progress = sameStep && next.current < prev.current ? prev : { ...next };
      const now = Date.now();
      if (now - lastSent >= THROTTLE_MS || state.progress.current === state.progress.total) {
        lastSent = now;
        this.listener({ ...state });
      }
    };
    this.listener({ ...state });

    const done = work(report, controller.signal).then(
      (result) => {
        state.status = 'done';
        state.result = result;
        this.listener({ ...state });
        return result;
      },
      (error: unknown) => {
        state.status = controller.signal.aborted ? 'cancelled' : 'failed';
        state.error = toErrorShape(error);
        this.listener({ ...state });
        throw error;
      },
    );
    done.catch(() => undefined);
    return { id, done };
  }

  get(id: string): JobState {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'That task has finished or does not exist.');
    return { ...job.state };
  }

  cancel(id: string): void {
    this.jobs.get(id)?.controller.abort();
  }

  /** Cancels everything still running (on lock and quit). */
  cancelAll(): void {
    for (const { state, controller } of this.jobs.values())
      if (state.status === 'running') controller.abort();
  }
}
