import { EventEmitter } from 'node:events';
import type { AppEvent } from '../../shared/api/events.ts';
import { AppError } from '../core/errors.ts';
import { spawnDesktopShell, type DesktopShell } from '../core/export/desktop-shell.ts';
import { ExportedFiles } from '../core/export/exported-files.ts';
import type { Keychain } from '../core/keychain/keychain.ts';
import { log } from '../core/log/logger.ts';
import { getSettings } from '../core/settings/settings.service.ts';
import { IdleLock } from '../core/vault/idle-lock.ts';
import { JobRunner } from '../core/jobs/job-runner.ts';
import type { OcrService } from '../core/ocr/ocr.types.ts';
import { createTesseractOcrService } from '../core/ocr/tesseract-ocr.service.ts';
import type { VaultSession } from '../core/vault/vault-session.ts';

export type Door = 'electron' | 'browser' | 'cli';
export type UnlockedWith = 'passphrase' | 'recovery' | 'device';

/**
 * The state one running app holds: which vault, the open session (or none while locked), the keychain,
 * the auto-lock timer and the event stream to the UI. Built once by each door's composition root.
 */
export class AppContext {
  readonly vaultDir: string;
  readonly keychain: Keychain;
  readonly door: Door;
  readonly events = new EventEmitter<{ event: [AppEvent] }>();
  /** Long work (imports, OCR) with progress events forwarded to the UI. */
  readonly jobs = new JobRunner((state) =>
    this.emit({
      type: 'job:progress',
      jobId: state.id,
      kind: state.kind,
      status: state.status,
      ...state.progress,
    }),
  );
  /** Shows exported files in the file manager and opens mail drafts, the way this door can. */
  readonly desktop: DesktopShell;
  /** What was exported since unlock: the only paths the desktop calls act on. */
  readonly exported = new ExportedFiles();
  private current: { session: VaultSession; unlockedWith: UnlockedWith } | null = null;
  private readonly idle: IdleLock;
  private ocrService: OcrService | null = null;

  constructor(options: { vaultDir: string; keychain: Keychain; door: Door; desktop?: DesktopShell }) {
    this.vaultDir = options.vaultDir;
    this.keychain = options.keychain;
    this.door = options.door;
    // The browser door's server runs on the person's own computer: it can start the file manager.
    this.desktop = options.desktop ?? spawnDesktopShell();
    this.idle = new IdleLock(10, () => this.lock('idle'));
  }

  get unlockedWith(): UnlockedWith | null {
    return this.current?.unlockedWith ?? null;
  }

  get isUnlocked(): boolean {
    return this.current !== null;
  }

  /** The open session; VAULT_LOCKED when the vault is locked (the UI then shows the unlock screen). */
  session(): VaultSession {
    if (!this.current) throw new AppError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.current.session;
  }

  open(session: VaultSession, unlockedWith: UnlockedWith): void {
    this.current?.session.close();
    this.current = { session, unlockedWith };
    if (this.door !== 'cli') {
      this.idle.setMinutes(getSettings(session).autoLockMinutes);
      this.idle.touch();
    }
  }

  /** The OCR engines, started on first use and stopped on lock (they hold page images in memory). */
  ocr(): OcrService {
    this.ocrService ??= createTesseractOcrService();
    return this.ocrService;
  }

  /** After a recovery-key unlock the person sets a new passphrase; from then on it is a passphrase session. */
  markPassphraseSet(): void {
    if (this.current) this.current.unlockedWith = 'passphrase';
  }

  /** Records user activity (every call): restarts the auto-lock countdown. */
  touch(): void {
    if (this.current && this.door !== 'cli') this.idle.touch();
  }

  setAutoLockMinutes(minutes: number): void {
    this.idle.setMinutes(minutes);
  }

  /** Closes the database and drops the keys; the UI is told so it can clear what it shows. */
  lock(reason: 'idle' | 'system' | 'user'): void {
    if (!this.current) return;
    this.idle.stop();
    this.jobs.cancelAll();
    void this.ocrService?.close();
    this.ocrService = null;
    this.current.session.close();
    this.current = null;
    this.exported.clear();
    log.info('vault.locked', { reason });
    this.events.emit('event', { type: 'vault:locked', reason });
  }

  emit(event: AppEvent): void {
    this.events.emit('event', event);
  }
}
