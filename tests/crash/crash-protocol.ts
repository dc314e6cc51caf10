import fs from 'node:fs';
import type { CategoryId } from '../../shared/categories.ts';

/** What the parent tells a loaded child (one JSON line on its stdin): which vault, and how to unlock it. */
export interface ChildConfig {
  vaultDir: string;
  /** Hex of this computer's remembered key (the vault's device slot). */
  deviceKey: string;
  personId: string;
  fixturesDir: string;
  /** Where backups and packets go (outside the vault). */
  outDir: string;
  iteration: number;
  seed: number;
  /** Die by SIGKILL just before this file-system call (counted from unlocking), or null for the timer only. */
  tripwire: number | null;
  /** The kind of the first operation (a slow one the parent gives time to finish), or null for any. */
  first: OpKind | null;
}

/** One operation the child is about to run, named before it starts so the parent knows what was in flight. */
export type Op =
  | { kind: 'import'; files: string[] }
  | { kind: 'rename'; id: string; title: string }
  | { kind: 'classify'; id: string; category: CategoryId }
  | { kind: 'trash'; id: string }
  | { kind: 'restore'; id: string }
  | { kind: 'reread'; id: string }
  | { kind: 'resume'; ids: string[] }
  | { kind: 'med-add'; name: string; date: string }
  | { kind: 'med-stop'; id: string; date: string }
  | { kind: 'med-restart'; id: string; date: string }
  | { kind: 'backup'; file: string }
  | { kind: 'export'; out: string; ids: string[] }
  | { kind: 'remember' };

export type OpKind = Op['kind'];

/** How one file of an import or resume ended, with the SHA-256 of the bytes that were imported. */
export interface FileOutcome {
  documentId: string | null;
  status: string | null;
  errorCode: string | null;
  sha256: string | null;
}

/** What a committed operation reports beyond its `Op`. */
export type Ack =
  | { kind: 'import'; outcomes: FileOutcome[] }
  | { kind: 'resume'; outcomes: FileOutcome[]; removed: string[] }
  | { kind: 'med-add'; id: string }
  | { kind: 'export'; ok: boolean }
  | { kind: 'other' };

/** A line the child prints. `ack` is printed only after the operation's changes are committed. */
export type ChildMessage =
  | { t: 'loaded' }
  | { t: 'ready' }
  | { t: 'begin'; seq: number; op: Op }
  | { t: 'ack'; seq: number; ack: Ack }
  | { t: 'error'; seq: number; code: string | null; message: string }
  | { t: 'tripwire'; step: string };

/**
 * Prints one message with a synchronous write to fd 1, so a line the parent receives was written before
 * anything that follows it happened — there is no stream buffer for a SIGKILL to lose.
 */
export function send(message: ChildMessage): void {
  fs.writeSync(1, JSON.stringify(message) + '\n');
}
