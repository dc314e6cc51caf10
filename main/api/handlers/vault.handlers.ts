import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VaultStatus } from '../../../shared/schemas/vault.schema.ts';
import { BACKUP_EXTENSION, createBackup, restoreBackup } from '../../core/backup/backup.service.ts';
import {
  forgetOnThisComputer,
  isRemembered,
  rememberOnThisComputer,
  unlockRemembered,
} from '../../core/keychain/remember.service.ts';
import { changePassphrase, createVault, unlockVault, vaultExists } from '../../core/vault/vault.service.ts';
import { AppError } from '../../core/errors.ts';
import type { AppContext } from '../app-context.ts';
import type { HandlerMap } from '../router.ts';
import { resumeUnfinishedImports } from './documents.handlers.ts';

export async function vaultStatus(ctx: AppContext): Promise<VaultStatus> {
  const exists = vaultExists(ctx.vaultDir);
  const availability = await ctx.keychain.availability();
  return {
    exists,
    unlocked: ctx.isUnlocked,
    vaultDir: ctx.vaultDir,
    unlockedWith: ctx.unlockedWith,
    remember: {
      available: availability.available,
      reason: availability.available ? null : availability.reason,
      enabled: exists && availability.available ? await isRemembered(ctx.vaultDir, ctx.keychain) : false,
    },
  };
}

/** After any unlock in the app: interrupted imports carry on where they stopped (the CLI does it per command). */
function afterUnlock(ctx: AppContext): Promise<VaultStatus> {
  if (ctx.door !== 'cli') resumeUnfinishedImports(ctx);
  return vaultStatus(ctx);
}

/** Where a backup goes when the user does not choose: their Documents folder, never inside the vault. */
function defaultBackupPath(): string {
  const documents = path.join(os.homedir(), 'Documents');
  const folder = path.join(fs.existsSync(documents) ? documents : os.homedir(), 'CareBinder backups');
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');
  return path.join(folder, `CareBinder backup ${stamp}${BACKUP_EXTENSION}`);
}

export const vaultHandlers: Pick<
  HandlerMap,
  | 'vault:status'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:unlockRemembered'
  | 'vault:lock'
  | 'vault:changePassphrase'
  | 'vault:remember'
  | 'vault:backup'
  | 'vault:restore'
> = {
  'vault:status': (_input, ctx) => vaultStatus(ctx),

  'vault:create': async ({ passphrase }, ctx) => {
    const { session, recoveryKey } = await createVault(ctx.vaultDir, passphrase);
    ctx.open(session, 'passphrase');
    return { recoveryKey };
  },

  'vault:unlock': async (input, ctx) => {
    if ('recoveryKey' in input) {
      ctx.open(await unlockVault(ctx.vaultDir, { recoveryKey: input.recoveryKey }), 'recovery');
    } else {
      const session = await unlockVault(ctx.vaultDir, { passphrase: input.passphrase });
      ctx.open(session, 'passphrase');
      if (input.remember === true) await rememberOnThisComputer(session, ctx.keychain);
      if (input.remember === false && session.header.slots.device)
        await forgetOnThisComputer(session, ctx.keychain);
    }
    return vaultStatus(ctx);
  },

  'vault:unlockRemembered': async (_input, ctx) => {
    ctx.open(await unlockRemembered(ctx.vaultDir, ctx.keychain), 'device');
    return afterUnlock(ctx);
  },

  'vault:lock': (_input, ctx) => {
    ctx.lock('user');
    return vaultStatus(ctx);
  },

  'vault:changePassphrase': async ({ current, next }, ctx) => {
    if (current === null && ctx.unlockedWith !== 'recovery') {
      throw new AppError('INVALID_INPUT', 'Please enter your current passphrase.');
    }
    await changePassphrase(ctx.session(), current, next);
    ctx.markPassphraseSet();
    return { ok: true as const };
  },

  'vault:remember': async ({ enabled }, ctx) => {
    if (enabled) await rememberOnThisComputer(ctx.session(), ctx.keychain);
    else await forgetOnThisComputer(ctx.session(), ctx.keychain);
    return vaultStatus(ctx);
  },

  'vault:backup': ({ destination }, ctx) => createBackup(ctx.session(), destination ?? defaultBackupPath()),

  'vault:restore': ({ backupPath, targetDir, passphrase, recoveryKey }) =>
    restoreBackup(backupPath, passphrase ? { passphrase } : { recoveryKey: recoveryKey! }, targetDir),
};
