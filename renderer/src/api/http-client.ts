import type { CallInput, CallName, CallOutput, CareBinderApi } from '../../../shared/api/contract.ts';
import type { AppEvent } from '../../../shared/api/events.ts';
import type { AppErrorShape, Result } from '../../../shared/errors.ts';
import type { StagedFile, UploadFile } from './file-intake.ts';
import { SseParser } from './sse-parser.ts';

const NOT_RESPONDING: AppErrorShape = {
  code: 'INTERNAL',
  message:
    'CareBinder is not responding. Check that the CareBinder window in the terminal is still open, then try again.',
};
const LINK_EXPIRED: AppErrorShape = {
  code: 'INTERNAL',
  message:
    'This page is no longer connected to CareBinder. Open it again from the link shown in the terminal.',
};

const MAX_BACKOFF_MS = 30_000;

function isAppEvent(value: unknown): value is AppEvent {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The browser door's implementation of the API: calls are `POST /api/call` with the per-launch token,
 * events arrive as Server-Sent Events read through fetch (EventSource cannot send the Authorization
 * header). The stream is open only while someone listens and reconnects with a growing delay. `upload`
 * is the browser door's own way in for files (Electron imports them by path instead).
 */
export function createHttpClient(token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const listeners = new Set<(event: AppEvent) => void>();
  let stream: AbortController | null = null;

  /** Sends one request whose answer is a result envelope, mapping transport failures to plain words. */
  async function post<T>(url: string, contentType: string, body: BodyInit): Promise<Result<T>> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': contentType },
        body,
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: NOT_RESPONDING };
    }
    if (response.status === 401 || response.status === 403 || response.status === 421) {
      return { ok: false, error: LINK_EXPIRED };
    }
    if (!response.ok) return { ok: false, error: NOT_RESPONDING };
    const answer: unknown = await response.json().catch(() => null);
    return isResult(answer) ? (answer as Result<T>) : { ok: false, error: NOT_RESPONDING };
  }

  function call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    return post(`/api/call`, 'application/json', JSON.stringify({ name, input }));
  }

  /**
   * Puts one file's bytes straight into the encrypted vault as a queued document (`import:process` then
   * reads it). A refused file is answered with the reason in plain words.
   */
  function upload(personId: string, file: File): Promise<Result<StagedFile>> {
    const query = new URLSearchParams({ personId, name: file.name });
    return post(`/api/upload?${query.toString()}`, 'application/octet-stream', file);
  }

  async function readStream(signal: AbortSignal): Promise<void> {
    const response = await fetch('/api/events', { headers, signal, cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const payload of parser.push(value)) {
        let event: unknown;
        try {
          event = JSON.parse(payload);
        } catch {
          continue;
        }
        if (isAppEvent(event)) for (const listener of [...listeners]) listener(event);
      }
    }
  }

  async function keepStreamOpen(controller: AbortController): Promise<void> {
    let delay = 1000;
    while (!controller.signal.aborted) {
      const openedAt = Date.now();
      try {
        await readStream(controller.signal);
      } catch {
        // server gone or restarted: try again below
      }
      if (controller.signal.aborted) return;
      // A stream that stayed up for a while was healthy: start the backoff again from the beginning.
      if (Date.now() - openedAt > MAX_BACKOFF_MS) delay = 1000;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_BACKOFF_MS);
    }
  }

  function onEvent(listener: (event: AppEvent) => void): () => void {
    listeners.add(listener);
    if (!stream) {
      stream = new AbortController();
      void keepStreamOpen(stream);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && stream) {
        stream.abort();
        stream = null;
      }
    };
  }

  return { call, onEvent, upload } satisfies CareBinderApi & { upload: UploadFile };
}
