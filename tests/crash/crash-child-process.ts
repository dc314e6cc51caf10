import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildConfig, ChildMessage } from './crash-protocol.ts';

const CHILD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-child.ts');
const STDERR_TAIL = 4000;

/** The parent's handle on one child: its messages so far, and start / kill / dismiss. */
export class CrashChild {
  readonly messages: ChildMessage[] = [];
  /** Resolves once the child has loaded the core and waits for its vault. */
  readonly loaded: Promise<void>;
  /** Resolves when the process is gone and all it printed has been read. */
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly process: ChildProcess;
  private stderrTail = '';

  constructor(env: NodeJS.ProcessEnv) {
    this.process = spawn(process.execPath, [CHILD_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'], env });
    // Writing to a child that already died raises EPIPE here; its exit is what gets reported instead.
    this.process.stdin!.on('error', () => undefined);
    let buffer = '';
    let onLoaded: () => void = () => undefined;
    this.loaded = new Promise((resolve) => (onLoaded = resolve));
    this.process.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const message = JSON.parse(line) as ChildMessage;
        this.messages.push(message);
        if (message.t === 'loaded') onLoaded();
      }
    });
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    this.closed = new Promise((resolve, reject) => {
      this.process.on('error', reject);
      this.process.on('close', (code, signal) => resolve({ code, signal }));
    });
    // A child that dies while loading must not leave the harness waiting for "loaded" for ever.
    void this.closed.then(onLoaded, onLoaded);
  }

  /** What the child wrote to stderr last (for a failure report). */
  get stderr(): string {
    return this.stderrTail;
  }

  /** Hands the loaded child its vault; it unlocks and starts its operations at once. */
  start(config: ChildConfig): void {
    this.process.stdin!.end(JSON.stringify(config) + '\n');
  }

  /** SIGKILL — no handler runs, nothing is flushed — then waits until everything it printed is read. */
  async kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.process.kill('SIGKILL');
    return this.closed;
  }

  /** Lets a spare child that was never started exit on its own. */
  async dismiss(): Promise<void> {
    this.process.stdin!.end();
    await this.closed;
  }
}
