import { z } from 'zod';

const passphrase = z.string().min(1, 'Please enter your passphrase.').max(1024);

export const appInfoSchema = z.object({
  version: z.string(),
  door: z.enum(['electron', 'browser', 'cli']),
  platform: z.string(),
});

export const vaultStatusSchema = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  vaultDir: z.string(),
  /** How the current session was opened; a recovery-key unlock must set a new passphrase. */
  unlockedWith: z.enum(['passphrase', 'recovery', 'device']).nullable(),
  remember: z.object({
    available: z.boolean(),
    reason: z.string().nullable(),
    enabled: z.boolean(),
  }),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const createVaultInput = z.object({ passphrase }).strict();
export const createVaultOutput = z.object({ recoveryKey: z.string() });

export const unlockInput = z.union([
  z.object({ passphrase, remember: z.boolean().optional() }).strict(),
  z.object({ recoveryKey: z.string().min(1, 'Please enter your recovery key.').max(100) }).strict(),
]);

export const changePassphraseInput = z
  .object({
    current: passphrase.nullable(),
    next: z.string().min(1, 'Please enter a new passphrase.').max(1024),
  })
  .strict();

export const rememberInput = z.object({ enabled: z.boolean() }).strict();

export const backupInput = z.object({ destination: z.string().min(1).optional() }).strict();
export const backupOutput = z.object({ path: z.string(), bytes: z.number() });

export const restoreInput = z
  .object({
    backupPath: z.string().min(1, 'Choose the backup file.'),
    targetDir: z.string().min(1, 'Choose a folder to restore into.'),
    passphrase: passphrase.optional(),
    recoveryKey: z.string().max(100).optional(),
  })
  .strict()
  .refine(
    (v) => Boolean(v.passphrase) !== Boolean(v.recoveryKey),
    'Enter the backup’s passphrase or its recovery key.',
  );
export const restoreOutput = z.object({ dir: z.string(), documents: z.number() });
