/** Events the core pushes to the UI (IPC in Electron, Server-Sent Events in the browser door). */
export type AppEvent =
  | { type: 'vault:locked'; reason: 'idle' | 'system' | 'user' }
  | { type: 'job:progress'; jobId: string; step: string; current: number; total: number; done: boolean };
