import type { AppEvent } from '../../../shared/api/events.ts';
import { describeMinutes } from '../lib/durations.ts';

export type LockReason = Extract<AppEvent, { type: 'vault:locked' }>['reason'] | 'unknown';

/** The line shown on the unlock screen saying why the vault locked itself (none when the user locked it). */
export function lockNote(reason: LockReason, autoLockMinutes: number | null): string | null {
  switch (reason) {
    case 'idle':
      return autoLockMinutes
        ? `Locked after ${describeMinutes(autoLockMinutes)} without activity.`
        : 'Locked after a while without activity.';
    case 'system':
      return 'Locked because the computer went to sleep or its screen was locked.';
    case 'unknown':
      return 'CareBinder was locked.';
    case 'user':
      return null;
  }
}
