import crypto from 'node:crypto';
import { AppError } from '../errors.ts';
import { setDeviceSlot, unlockVault } from '../vault/vault.service.ts';
import { readHeaderFile } from '../vault/vault-header.ts';
import { vaultFile } from '../vault/vault-paths.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import type { Keychain } from './keychain.ts';

/**
 * "Remember on this computer": a random device key lives in the OS keychain and wraps a second copy of the
 * data key in the vault header. The passphrase itself is never stored anywhere.
 */
export async function rememberOnThisComputer(session: VaultSession, keychain: Keychain): Promise<void> {
  const availability = await keychain.availability();
  if (!availability.available) throw new AppError('KEYCHAIN_UNAVAILABLE', availability.reason);
  const deviceKey = crypto.randomBytes(32);
  await keychain.set(session.header.vaultId, deviceKey.toString('base64'));
  setDeviceSlot(session, deviceKey);
  deviceKey.fill(0);
}

/** Forgets: removes the keychain entry and the header slot, so the passphrase is needed again. */
export async function forgetOnThisComputer(session: VaultSession, keychain: Keychain): Promise<void> {
  setDeviceSlot(session, null);
  try {
    await keychain.delete(session.header.vaultId);
  } catch {
    // The slot is gone from the header, so a left-over keychain entry can no longer unlock anything.
  }
}

/** True when the header has a device slot and this computer's keychain holds its key. */
export async function isRemembered(dir: string, keychain: Keychain): Promise<boolean> {
  const header = readHeaderFile(vaultFile(dir, 'header'));
  if (!header.slots.device) return false;
  if (!(await keychain.availability()).available) return false;
  return (await keychain.get(header.vaultId)) !== null;
}

export async function unlockRemembered(dir: string, keychain: Keychain): Promise<VaultSession> {
  const header = readHeaderFile(vaultFile(dir, 'header'));
  const secret = header.slots.device ? await keychain.get(header.vaultId) : null;
  if (!secret) {
    throw new AppError(
      'WRONG_PASSPHRASE',
      'This computer does not remember the vault. Unlock it with your passphrase.',
    );
  }
  return unlockVault(dir, { deviceKey: Buffer.from(secret, 'base64') });
}
