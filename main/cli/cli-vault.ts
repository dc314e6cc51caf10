import type { ParseArgsConfig } from 'node:util';
import { CALLS, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract.ts';
import { AppContext } from '../api/app-context.ts';
import { handlers } from '../api/handlers/index.ts';
import { createRouter } from '../api/router.ts';
import { AppError } from '../core/errors.ts';
import { KeytarKeychain } from '../core/keychain/keytar-keychain.ts';
import { resolveVaultDir } from '../core/vault/vault-paths.ts';
import type { CliContext } from './cli-command.ts';
import { readSecret } from './passphrase-input.ts';

/** Options every vault command accepts. */
export const VAULT_OPTIONS = {
  vault: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * The CLI door's connection to the core: the same context and router as the app, so every call is
 * validated by the shared contract. `call` throws the AppError from a failed envelope.
 */
export function openCliApp(ctx: CliContext) {
  const app = new AppContext({
    vaultDir: resolveVaultDir(ctx.values.vault as string | undefined, ctx.env),
    keychain: new KeytarKeychain(),
    door: 'cli',
  });
  const dispatch = createRouter(app, handlers);
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(name, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value as CallOutput<K>;
  }
  return { app, call };
}

export function passphraseFrom(ctx: CliContext, prompt = 'Passphrase: ', confirm = false): Promise<string> {
  return readSecret({
    file: ctx.values['passphrase-file'] as string | undefined,
    envName: 'CAREBINDER_PASSPHRASE',
    env: ctx.env,
    prompt,
    confirm,
  });
}

/** Opens the vault for one command and always locks it again, whatever happens. */
export async function withUnlockedVault<T>(
  ctx: CliContext,
  work: (call: ReturnType<typeof openCliApp>['call']) => Promise<T>,
): Promise<T> {
  const { app, call } = openCliApp(ctx);
  const passphrase = await passphraseFrom(ctx);
  await call(CALLS.vaultUnlock, { passphrase });
  try {
    return await work(call);
  } finally {
    app.lock('user');
  }
}

/** Reports an operation's failure in plain words on stderr; the exit code is 1. */
export function reportFailure(ctx: CliContext, command: string, error: unknown): number {
  if (!(error instanceof AppError)) throw error;
  ctx.io.stderr(`carebinder ${command}: ${error.message}\n`);
  return 1;
}
