/**
 * The operating system's keychain (libsecret/GNOME Keyring, macOS Keychain, Windows Credential Manager),
 * behind a small interface so the vault never depends on how a platform stores secrets.
 */
export interface Keychain {
  /** Whether secrets can be stored here now; when not, a plain-language reason for the settings screen. */
  availability(): Promise<{ available: true } | { available: false; reason: string }>;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

export const KEYCHAIN_SERVICE = 'CareBinder';
