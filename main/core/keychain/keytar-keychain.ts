import { createRequire } from 'node:module';
import { AppError } from '../errors.ts';
import { log } from '../log/logger.ts';
import { KEYCHAIN_SERVICE, type Keychain } from './keychain.ts';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<{ account: string; password: string }[]>;
}

const UNAVAILABLE =
  'This computer has no keychain CareBinder can use (on Linux: GNOME Keyring or another Secret Service must be running), so you will need your passphrase each time.';

/** keytar is an optional dependency: a machine that could not build it simply has no "remember" option. */
function loadKeytar(): Keytar | null {
  try {
    return createRequire(import.meta.url)('keytar') as Keytar;
  } catch {
    return null;
  }
}

export class KeytarKeychain implements Keychain {
  private readonly keytar = loadKeytar();

  async availability(): Promise<{ available: true } | { available: false; reason: string }> {
    if (!this.keytar) return { available: false, reason: UNAVAILABLE };
    try {
      // A read of our own service proves the Secret Service answers and is unlocked.
      await this.keytar.findCredentials(KEYCHAIN_SERVICE);
      return { available: true };
    } catch (error) {
      log.info('keychain.unavailable', { error: error instanceof Error ? error.name : 'unknown' });
      return { available: false, reason: UNAVAILABLE };
    }
  }

  async get(account: string): Promise<string | null> {
    return this.call((k) => k.getPassword(KEYCHAIN_SERVICE, account));
  }

  async set(account: string, secret: string): Promise<void> {
    await this.call((k) => k.setPassword(KEYCHAIN_SERVICE, account, secret));
  }

  async delete(account: string): Promise<void> {
    await this.call((k) => k.deletePassword(KEYCHAIN_SERVICE, account));
  }

  private async call<T>(fn: (keytar: Keytar) => Promise<T>): Promise<T> {
    if (!this.keytar) throw new AppError('KEYCHAIN_UNAVAILABLE', UNAVAILABLE);
    try {
      return await fn(this.keytar);
    } catch (error) {
      throw new AppError('KEYCHAIN_UNAVAILABLE', UNAVAILABLE, { cause: error });
    }
  }
}
