import { z } from 'zod';
import type { Result } from '../errors.ts';
import type { AppEvent } from './events.ts';
import { emptyInput, okOutput } from '../schemas/common.schema.ts';
import { personInputSchema, personSchema } from '../schemas/people.schema.ts';
import { vaultSettingsSchema } from '../schemas/settings.schema.ts';
import {
  appInfoSchema,
  backupInput,
  backupOutput,
  changePassphraseInput,
  createVaultInput,
  createVaultOutput,
  rememberInput,
  restoreInput,
  restoreOutput,
  unlockInput,
  vaultStatusSchema,
} from '../schemas/vault.schema.ts';

/** Every call name, as constants (never inline strings at call sites). */
export const CALLS = {
  appInfo: 'app:info',
  vaultStatus: 'vault:status',
  vaultCreate: 'vault:create',
  vaultUnlock: 'vault:unlock',
  vaultUnlockRemembered: 'vault:unlockRemembered',
  vaultLock: 'vault:lock',
  vaultChangePassphrase: 'vault:changePassphrase',
  vaultRemember: 'vault:remember',
  vaultBackup: 'vault:backup',
  vaultRestore: 'vault:restore',
  settingsGet: 'settings:get',
  settingsUpdate: 'settings:update',
  peopleList: 'people:list',
  peopleAdd: 'people:add',
  peopleUpdate: 'people:update',
  peopleArchive: 'people:archive',
} as const;

/** Input and output schema of every call; the router validates both directions. */
export const contract = {
  [CALLS.appInfo]: { input: emptyInput, output: appInfoSchema },
  [CALLS.vaultStatus]: { input: emptyInput, output: vaultStatusSchema },
  [CALLS.vaultCreate]: { input: createVaultInput, output: createVaultOutput },
  [CALLS.vaultUnlock]: { input: unlockInput, output: vaultStatusSchema },
  [CALLS.vaultUnlockRemembered]: { input: emptyInput, output: vaultStatusSchema },
  [CALLS.vaultLock]: { input: emptyInput, output: vaultStatusSchema },
  [CALLS.vaultChangePassphrase]: { input: changePassphraseInput, output: okOutput },
  [CALLS.vaultRemember]: { input: rememberInput, output: vaultStatusSchema },
  [CALLS.vaultBackup]: { input: backupInput, output: backupOutput },
  [CALLS.vaultRestore]: { input: restoreInput, output: restoreOutput },
  [CALLS.settingsGet]: { input: emptyInput, output: vaultSettingsSchema },
  [CALLS.settingsUpdate]: { input: vaultSettingsSchema.partial().strict(), output: vaultSettingsSchema },
  [CALLS.peopleList]: {
    input: z.object({ includeArchived: z.boolean().optional() }).strict(),
    output: z.array(personSchema),
  },
  [CALLS.peopleAdd]: { input: personInputSchema.strict(), output: personSchema },
  [CALLS.peopleUpdate]: {
    input: personInputSchema.extend({ id: z.string() }).strict(),
    output: personSchema,
  },
  [CALLS.peopleArchive]: {
    input: z.object({ id: z.string(), archived: z.boolean() }).strict(),
    output: personSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type CallName = keyof typeof contract;
export type CallInput<K extends CallName> = z.input<(typeof contract)[K]['input']>;
export type CallOutput<K extends CallName> = z.output<(typeof contract)[K]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * The one object every door gives the renderer: the Electron preload exposes it as window.carebinder,
 * the browser door's client implements it over HTTP. Both `satisfies` this type.
 */
export interface CareBinderApi {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
