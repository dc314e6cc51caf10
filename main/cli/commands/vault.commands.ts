import { CALLS } from '../../../shared/api/contract.ts';
import { readHeaderFile } from '../../core/vault/vault-header.ts';
import { vaultFile } from '../../core/vault/vault-paths.ts';
import { UsageError, writeJsonLine, type CliCommand } from '../cli-command.ts';
import { openCliApp, passphraseFrom, reportFailure, VAULT_OPTIONS, withUnlockedVault } from '../cli-vault.ts';
import { readSecret } from '../passphrase-input.ts';

const init: CliCommand = {
  name: 'vault init',
  summary: 'Create a new encrypted vault and print its recovery key.',
  usage: 'carebinder vault init [--vault DIR] [--passphrase-file FILE] [--json]',
  options: VAULT_OPTIONS,
  async run(ctx) {
    try {
      const { app, call } = openCliApp(ctx);
      const passphrase = await passphraseFrom(ctx, 'Choose a passphrase: ', true);
      const { recoveryKey } = await call(CALLS.vaultCreate, { passphrase });
      app.lock('user');
      if (ctx.values.json) writeJsonLine(ctx.io, { vaultDir: app.vaultDir, recoveryKey });
      else {
        ctx.io.stdout(
          `Created a vault in ${app.vaultDir}\n\nRecovery key (write it down or print it, keep it somewhere safe):\n\n    ${recoveryKey}\n\n`,
        );
        ctx.io.stderr(
          'It is the only way back in if you forget your passphrase. It will not be shown again.\n',
        );
      }
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'vault init', error);
    }
  },
};

const unlock: CliCommand = {
  name: 'vault unlock',
  summary: 'Check the passphrase and open the vault (tidying up after any interrupted work), then lock it.',
  usage: 'carebinder vault unlock [--vault DIR] [--passphrase-file FILE] [--json]',
  options: VAULT_OPTIONS,
  async run(ctx) {
    try {
      const people = await withUnlockedVault(ctx, (call) =>
        call(CALLS.peopleList, { includeArchived: true }),
      );
      if (ctx.values.json) writeJsonLine(ctx.io, { unlocked: true, people: people.length });
      else
        ctx.io.stdout(
          `The passphrase is right. The vault opened and is locked again (${people.length} people).\n`,
        );
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'vault unlock', error);
    }
  },
};

const status: CliCommand = {
  name: 'vault status',
  summary: 'Show where the vault is and how it is protected (no passphrase needed).',
  usage: 'carebinder vault status [--vault DIR] [--json]',
  options: { vault: VAULT_OPTIONS.vault, json: VAULT_OPTIONS.json },
  async run(ctx) {
    try {
      const { app, call } = openCliApp(ctx);
      const state = await call(CALLS.vaultStatus, {});
      const header = state.exists ? readHeaderFile(vaultFile(app.vaultDir, 'header')) : null;
      const out = {
        vaultDir: state.vaultDir,
        exists: state.exists,
        createdAt: header?.createdAt ?? null,
        protection: header
          ? `Argon2id (${header.kdf.memoryKiB / 1024} MiB, ${header.kdf.passes} passes), AES-256`
          : null,
        rememberedOnThisComputer: state.remember.enabled,
        keychain: state.remember.available ? 'available' : state.remember.reason,
      };
      if (ctx.values.json) writeJsonLine(ctx.io, out);
      else if (!out.exists)
        ctx.io.stdout(`No vault in ${out.vaultDir} yet. Create one with: carebinder vault init\n`);
      else
        ctx.io.stdout(
          `Vault: ${out.vaultDir}\nCreated: ${out.createdAt}\nProtection: ${out.protection}\nRemembered on this computer: ${out.rememberedOnThisComputer ? 'yes' : 'no'}\n`,
        );
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'vault status', error);
    }
  },
};

const changePassphrase: CliCommand = {
  name: 'vault change-passphrase',
  summary: 'Set a new passphrase (only the key wrapping changes; records are not rewritten).',
  usage:
    'carebinder vault change-passphrase [--vault DIR] [--passphrase-file FILE] [--new-passphrase-file FILE] [--json]\n' +
    '  (the new passphrase may also come from CAREBINDER_NEW_PASSPHRASE)',
  options: { ...VAULT_OPTIONS, 'new-passphrase-file': { type: 'string' } },
  async run(ctx) {
    try {
      const { app, call } = openCliApp(ctx);
      const current = await passphraseFrom(ctx, 'Current passphrase: ');
      const next = await readSecret({
        file: ctx.values['new-passphrase-file'] as string | undefined,
        envName: 'CAREBINDER_NEW_PASSPHRASE',
        env: ctx.env,
        prompt: 'New passphrase: ',
        confirm: true,
      });
      await call(CALLS.vaultUnlock, { passphrase: current });
      try {
        await call(CALLS.vaultChangePassphrase, { current, next });
      } finally {
        app.lock('user');
      }
      if (ctx.values.json) writeJsonLine(ctx.io, { changed: true });
      else ctx.io.stdout('The passphrase is changed. Use the new one from now on.\n');
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'vault change-passphrase', error);
    }
  },
};

const backup: CliCommand = {
  name: 'vault backup',
  summary: 'Write one encrypted, verified backup file of the whole vault.',
  usage: 'carebinder vault backup [--out FILE] [--vault DIR] [--passphrase-file FILE] [--json]',
  options: { ...VAULT_OPTIONS, out: { type: 'string' } },
  async run(ctx) {
    try {
      const result = await withUnlockedVault(ctx, (call) =>
        call(CALLS.vaultBackup, ctx.values.out ? { destination: ctx.values.out as string } : {}),
      );
      if (ctx.values.json) writeJsonLine(ctx.io, result);
      else
        ctx.io.stdout(`Backup written and verified: ${result.path} (${Math.ceil(result.bytes / 1024)} KB)\n`);
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'vault backup', error);
    }
  },
};

const restore: CliCommand = {
  name: 'vault restore',
  summary: 'Restore a backup into a new, empty folder (the current vault is never touched).',
  usage:
    'carebinder vault restore BACKUP_FILE --to DIR [--passphrase-file FILE | --recovery-key-file FILE] [--json]\n' +
    '  (the passphrase is the one the vault had when the backup was made)',
  options: { ...VAULT_OPTIONS, to: { type: 'string' }, 'recovery-key-file': { type: 'string' } },
  async run(ctx) {
    const [backupPath] = ctx.positionals;
    if (!backupPath || ctx.positionals.length > 1) throw new UsageError('name exactly one backup file.');
    if (!ctx.values.to) throw new UsageError('say where to restore with --to DIR.');
    try {
      const { call } = openCliApp(ctx);
      const recoveryFile = ctx.values['recovery-key-file'] as string | undefined;
      const secret = recoveryFile
        ? { recoveryKey: await readSecret({ file: recoveryFile, envName: '', env: {}, prompt: '' }) }
        : { passphrase: await passphraseFrom(ctx, 'Passphrase of the backup: ') };
      const result = await call(CALLS.vaultRestore, {
        backupPath,
        targetDir: ctx.values.to as string,
        ...secret,
      });
      if (ctx.values.json) writeJsonLine(ctx.io, result);
      else
        ctx.io.stdout(
          `Restored into ${result.dir} (${result.documents} stored files). Open it with --vault "${result.dir}".\n`,
        );
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'vault restore', error);
    }
  },
};

export const vaultCommands: CliCommand[] = [init, unlock, status, changePassphrase, backup, restore];
