import { deriveSubkey, hmac, open, sameBytes, seal } from '../crypto/aead.ts';
import { AppError } from '../errors.ts';
import { headerBinding, macInput, type SlotName, type VaultHeader } from './vault-header.ts';

type HeaderCore = Pick<VaultHeader, 'format' | 'version' | 'vaultId' | 'kdf' | 'database'>;

/** A short verifier of a key-encryption key: tells "wrong passphrase" apart from "damaged header". */
function checkValue(kek: Uint8Array): string {
  return hmac(kek, 'carebinder/check').subarray(0, 16).toString('base64');
}

/** Wraps the data key under a key-encryption key, bound to the header fields and the slot name. */
export function wrapDataKey(kek: Uint8Array, dataKey: Uint8Array, header: HeaderCore, slot: SlotName) {
  const wrapped = seal(deriveSubkey(kek, 'wrap'), dataKey, Buffer.from(headerBinding(header, slot)));
  return { check: checkValue(kek), wrapped: wrapped.toString('base64') };
}

const WRONG: Record<SlotName, string> = {
  passphrase: 'That passphrase is not right. Check Caps Lock and try again, or use your recovery key.',
  recovery: 'That recovery key does not open this vault. Check it against your printed copy.',
  device: 'This computer no longer remembers the vault. Unlock it with your passphrase.',
};

const ALTERED =
  'The vault’s settings file (vault.json) was changed outside CareBinder, so the vault was not opened. Restore it from a backup.';

/** Unwraps a slot: WRONG_PASSPHRASE when the key is not the one, VAULT_INTEGRITY when the slot was altered. */
export function unwrapDataKey(kek: Uint8Array, header: VaultHeader, slot: SlotName): Buffer {
  const entry = header.slots[slot];
  if (!entry) throw new AppError('WRONG_PASSPHRASE', WRONG[slot]);
  const dataKey = open(
    deriveSubkey(kek, 'wrap'),
    Buffer.from(entry.wrapped, 'base64'),
    Buffer.from(headerBinding(header, slot)),
  );
  const opened = dataKey !== null && dataKey.length === 32;
  const checkMatches =
    entry.check === undefined ||
    sameBytes(Buffer.from(entry.check, 'base64'), Buffer.from(checkValue(kek), 'base64'));
  // The check value decides "wrong key" only when the wrapped key does not open either: a key that opens
  // the slot is the right one, so a check that disagrees with it was altered.
  if (!checkMatches && !opened) throw new AppError('WRONG_PASSPHRASE', WRONG[slot]);
  if (!opened || !checkMatches) throw new AppError('VAULT_INTEGRITY', ALTERED);
  return dataKey;
}

export function headerMac(dataKey: Uint8Array, header: VaultHeader): string {
  return hmac(deriveSubkey(dataKey, 'header-mac'), macInput(header)).toString('base64');
}

export function assertHeaderMac(dataKey: Uint8Array, header: VaultHeader): void {
  if (!sameBytes(Buffer.from(header.mac, 'base64'), Buffer.from(headerMac(dataKey, header), 'base64'))) {
    throw new AppError('VAULT_INTEGRITY', ALTERED);
  }
}

/** The key-encryption key of the recovery slot (the recovery key has 160 random bits: no slow KDF needed). */
export function recoveryKek(recoveryBytes: Uint8Array, header: HeaderCore): Buffer {
  return deriveSubkey(recoveryBytes, 'recovery-kek', Buffer.from(header.vaultId, 'hex'));
}

/** The database's raw key, derived from the data key (never the data key itself). */
export function databaseKey(dataKey: Uint8Array): Buffer {
  return deriveSubkey(dataKey, 'database');
}
