/**
 * Locks the vault after a period without activity. Every call through the router counts as activity;
 * the timer is unref'd so it never keeps a CLI process alive.
 */
export class IdleLock {
  private timer: NodeJS.Timeout | null = null;
  private minutes: number;
  private readonly onIdle: () => void;

  constructor(minutes: number, onIdle: () => void) {
    this.minutes = minutes;
    this.onIdle = onIdle;
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
    if (this.timer) this.touch();
  }

  /** Restarts the countdown (called on every user action while unlocked). */
  touch(): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onIdle();
    }, this.minutes * 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
