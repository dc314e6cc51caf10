import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import {
  forgetOnThisComputer,
  isRemembered,
  rememberOnThisComputer,
  unlockRemembered,
} from '../../../main/core/keychain/remember.service.ts';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import { readHeaderFile } from '../../../main/core/vault/vault-header.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { AppError } from '../../../main/core/errors.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const keychain = new KeytarKeychain();
const availability = await keychain.availability();
const CI = process.env.CI === 'true' || process.env.CI === '1';
if (!availability.available && !CI) {
  console.log(
    'Skipping the keychain tests: no Secret Service here (npm test starts GNOME Keyring in a private D-Bus session).',
  );
}

describe.runIf(availability.available || CI)('remember on this computer (real GNOME Keyring)', () => {
  it('has a reachable, unlocked Secret Service', () => {
    expect(availability).toEqual({ available: true });
  });

  it('unlocks with the device key, never stores the passphrase, and forgets cleanly', async () => {
    const dir = tempDir();
    const { session } = await createVault(dir, STRONG_PASSPHRASE);
    await rememberOnThisComputer(session, keychain);
    const vaultId = session.header.vaultId;
    session.close();

    const secret = await keychain.get(vaultId);
    expect(secret).not.toBeNull();
    expect(secret).not.toContain(STRONG_PASSPHRASE);
    expect(Buffer.from(secret!, 'base64')).toHaveLength(32);
    expect(await isRemembered(dir, keychain)).toBe(true);

    const remembered = await unlockRemembered(dir, keychain);
    expect(remembered.isOpen).toBe(true);
    await forgetOnThisComputer(remembered, keychain);
    remembered.close();

    expect(await keychain.get(vaultId)).toBeNull();
    expect(readHeaderFile(vaultFile(dir, 'header')).slots.device).toBeUndefined();
    await expect(unlockRemembered(dir, keychain)).rejects.toBeInstanceOf(AppError);
    (await unlockVault(dir, { passphrase: STRONG_PASSPHRASE })).close();
  });
});

describe('without a Secret Service', () => {
  it('reports the option as unavailable with a plain reason and refuses to remember', () => {
    const probe = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'keychain-probe.ts');
    const result = spawnSync(process.execPath, [probe], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/carebinder-bus', DISPLAY: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
      available: boolean;
      reason: string;
      rememberError: string;
    };
    expect(report.available).toBe(false);
    expect(report.reason).toMatch(/keychain/i);
    expect(report.rememberError).toBe('KEYCHAIN_UNAVAILABLE');
  });
});
