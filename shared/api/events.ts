import type { ImportOutcomeDto } from '../schemas/documents.schema.ts';

/** Events the core pushes to the UI (IPC in Electron, Server-Sent Events in the browser door). */
export type AppEvent =
  | { type: 'vault:locked'; reason: 'idle' | 'system' | 'user' }
  | {
      type: 'job:progress';
      jobId: string;
      kind: string;
      status: 'running' | 'done' | 'failed' | 'cancelled';
      step: string;
      current: number;
      total: number;
    }
  | { type: 'import:file'; jobId: string; outcome: ImportOutcomeDto };
