import path from 'node:path';
import { afterEach } from 'vitest';
import { CALLS, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract.ts';
import type { AppEvent } from '../../shared/api/events.ts';
import { AppContext } from '../../main/api/app-context.ts';
import { handlers } from '../../main/api/handlers/index.ts';
import { createRouter } from '../../main/api/router.ts';
import { KeytarKeychain } from '../../main/core/keychain/keytar-keychain.ts';
import { AppError } from '../../main/core/errors.ts';
import { STRONG_PASSPHRASE, tempDir } from './temp-dir.ts';

const open: AppContext[] = [];
afterEach(() => {
  for (const ctx of open.splice(0)) ctx.lock('user');
});

/**
 * The app as the doors see it — a real context and the one router over a real encrypted vault — with a
 * `call` that throws the AppError of a failed envelope, and a way to wait for a job to finish.
 */
export async function openApp() {
  const ctx = new AppContext({
    vaultDir: path.join(tempDir(), 'vault'),
    keychain: new KeytarKeychain(),
    door: 'browser',
  });
  open.push(ctx);
  const dispatch = createRouter(ctx, handlers);
  const events: AppEvent[] = [];
  ctx.events.on('event', (e) => events.push(e));
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(name, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value as CallOutput<K>;
  }
  async function waitForJob(jobId: string) {
    for (;;) {
      const state = await call(CALLS.jobsGet, { jobId });
      if (state.status !== 'running') return state;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await call(CALLS.vaultCreate, { passphrase: STRONG_PASSPHRASE });
  return { ctx, call, waitForJob, events, dispatch };
}

/** Imports files through the API and waits for the job; returns the per-file outcomes. */
export async function importThroughApi(
  app: Awaited<ReturnType<typeof openApp>>,
  personId: string,
  paths: string[],
) {
  const { jobId } = await app.call(CALLS.importPaths, { personId, paths });
  const state = await app.waitForJob(jobId);
  if (state.status !== 'done') throw new Error(`import job ${state.status}: ${state.error?.message}`);
  return state.result as {
    file: string;
    status?: string;
    documentId?: string;
    category?: string | null;
    error?: { code: string };
  }[];
}
