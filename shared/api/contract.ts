import { z } from 'zod';
import { CATEGORY_IDS } from '../categories.ts';
import type { Result } from '../errors.ts';
import type { AppEvent } from './events.ts';
import { emptyInput, isoDate, okOutput } from '../schemas/common.schema.ts';
import {
  medicationEventInputSchema,
  medicationInputSchema,
  medicationSchema,
  medicationSuggestionSchema,
  partialDate,
  regimenSchema,
} from '../schemas/meds.schema.ts';
import { clinicalItemSchema, labResultSchema } from '../schemas/records.schema.ts';
import { caseContract } from '../schemas/case.schema.ts';
import { EXPORT_CALLS, exportContract } from '../schemas/export.schema.ts';
import { personInputSchema, personSchema } from '../schemas/people.schema.ts';
import { displaySettingsSchema, vaultSettingsSchema } from '../schemas/settings.schema.ts';
import {
  documentDetailSchema,
  documentSummarySchema,
  jobStateSchema,
  mediaLinkSchema,
  searchHitSchema,
  searchInputSchema,
} from '../schemas/documents.schema.ts';
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
  settingsDisplay: 'settings:display',
  settingsUpdateDisplay: 'settings:updateDisplay',
  peopleList: 'people:list',
  peopleAdd: 'people:add',
  peopleUpdate: 'people:update',
  peopleArchive: 'people:archive',
  documentsList: 'documents:list',
  documentsGet: 'documents:get',
  documentsPageImage: 'documents:pageImage',
  documentsMediaLink: 'documents:mediaLink',
  documentsTrash: 'documents:trash',
  documentsRestore: 'documents:restore',
  documentsRename: 'documents:rename',
  documentsRotatePage: 'documents:rotatePage',
  documentsRereadText: 'documents:rereadText',
  importPaths: 'import:paths',
  importProcess: 'import:process',
  searchPages: 'search:pages',
  jobsGet: 'jobs:get',
  jobsCancel: 'jobs:cancel',
  reviewList: 'review:list',
  documentsSetCategory: 'documents:setCategory',
  documentsMoveToPerson: 'documents:moveToPerson',
  classifierStats: 'classifier:stats',
  documentsSplit: 'documents:split',
  documentsRendering: 'documents:rendering',
  documentsCounts: 'documents:counts',
  documentsMerge: 'documents:merge',
  medsList: 'meds:list',
  medsAdd: 'meds:add',
  medsUpdate: 'meds:update',
  medsRecordEvent: 'meds:recordEvent',
  medsDelete: 'meds:delete',
  medsAutocomplete: 'meds:autocomplete',
  medsSuggestions: 'meds:suggestions',
  medsAcceptSuggestion: 'meds:acceptSuggestion',
  medsDismissSuggestion: 'meds:dismissSuggestion',
  regimensList: 'regimens:list',
  regimensAdd: 'regimens:add',
  regimensRecordCycle: 'regimens:recordCycle',
  recordsLabResults: 'records:labResults',
  recordsClinical: 'records:clinical',
  ...EXPORT_CALLS,
} as const;

const id = z.string().min(1).max(100);
const jobStarted = z.object({ jobId: z.string() });

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
  // Answered while locked too: the unlock screen is shown at the chosen text size.
  [CALLS.settingsDisplay]: { input: emptyInput, output: displaySettingsSchema },
  [CALLS.settingsUpdateDisplay]: {
    input: displaySettingsSchema.partial().strict(),
    output: displaySettingsSchema,
  },
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
  [CALLS.documentsList]: {
    input: z.object({ personId: id, trashed: z.boolean().optional() }).strict(),
    output: z.array(documentSummarySchema),
  },
  [CALLS.documentsGet]: { input: z.object({ id }).strict(), output: documentDetailSchema },
  [CALLS.documentsPageImage]: {
    input: z.object({ id, pageNo: z.number().int().min(1), size: z.enum(['thumb', 'full']) }).strict(),
    output: z.object({ dataUrl: z.string().nullable() }),
  },
  [CALLS.documentsMediaLink]: { input: z.object({ id }).strict(), output: mediaLinkSchema },
  [CALLS.documentsTrash]: { input: z.object({ id }).strict(), output: okOutput },
  [CALLS.documentsRestore]: { input: z.object({ id }).strict(), output: okOutput },
  [CALLS.documentsRename]: {
    input: z.object({ id, title: z.string().trim().min(1).max(300) }).strict(),
    output: documentSummarySchema,
  },
  [CALLS.documentsRotatePage]: {
    input: z
      .object({
        id,
        pageNo: z.number().int().min(1),
        degrees: z.union([z.literal(90), z.literal(180), z.literal(270)]),
      })
      .strict(),
    output: jobStarted,
  },
  [CALLS.documentsRereadText]: { input: z.object({ id }).strict(), output: jobStarted },
  [CALLS.importPaths]: {
    input: z
      .object({
        personId: id,
        paths: z.array(z.string().min(1)).min(1).max(10_000),
        duplicates: z.enum(['skip', 'keep']).optional(),
      })
      .strict(),
    output: jobStarted,
  },
  [CALLS.importProcess]: {
    input: z.object({ documentIds: z.array(id).min(1).max(10_000) }).strict(),
    output: jobStarted,
  },
  [CALLS.searchPages]: { input: searchInputSchema, output: z.array(searchHitSchema) },
  [CALLS.jobsGet]: { input: z.object({ jobId: id }).strict(), output: jobStateSchema },
  [CALLS.jobsCancel]: { input: z.object({ jobId: id }).strict(), output: okOutput },
  [CALLS.reviewList]: { input: z.object({ personId: id }).strict(), output: z.array(documentSummarySchema) },
  [CALLS.documentsSetCategory]: {
    input: z.object({ id, category: z.enum(CATEGORY_IDS) }).strict(),
    output: z.object({ document: documentSummarySchema, learnedExamples: z.number() }),
  },
  [CALLS.documentsMoveToPerson]: {
    input: z.object({ id, personId: id }).strict(),
    output: documentSummarySchema,
  },
  [CALLS.classifierStats]: { input: emptyInput, output: z.object({ learnedExamples: z.number() }) },
  [CALLS.documentsSplit]: {
    input: z
      .object({
        id,
        ranges: z
          .array(z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }))
          .min(2)
          .max(100),
      })
      .strict(),
    output: z.object({ documentIds: z.array(z.string()) }),
  },
  [CALLS.documentsCounts]: {
    input: z.object({ personId: id }).strict(),
    output: z.object({
      total: z.number(),
      needsReview: z.number(),
      byCategory: z.record(z.enum(CATEGORY_IDS), z.number()),
    }),
  },
  [CALLS.documentsRendering]: {
    input: z.object({ id }).strict(),
    output: z.object({ html: z.string().nullable() }),
  },
  [CALLS.documentsMerge]: {
    input: z.object({ ids: z.array(id).min(2).max(100) }).strict(),
    output: z.object({ documentId: z.string() }),
  },
  [CALLS.medsList]: { input: z.object({ personId: id }).strict(), output: z.array(medicationSchema) },
  [CALLS.medsAdd]: { input: medicationInputSchema, output: medicationSchema },
  [CALLS.medsUpdate]: {
    input: medicationInputSchema
      .omit({ personId: true, dose: true, frequency: true, start: true, stop: true })
      .extend({ id })
      .strict(),
    output: medicationSchema,
  },
  [CALLS.medsRecordEvent]: { input: medicationEventInputSchema, output: medicationSchema },
  [CALLS.medsDelete]: { input: z.object({ id }).strict(), output: okOutput },
  [CALLS.medsAutocomplete]: {
    input: z.object({ prefix: z.string().max(100) }).strict(),
    output: z.array(z.object({ label: z.string(), name: z.string(), generic: z.string() })),
  },
  [CALLS.medsSuggestions]: {
    input: z.object({ personId: id }).strict(),
    output: z.array(medicationSuggestionSchema),
  },
  [CALLS.medsAcceptSuggestion]: {
    input: z
      .object({
        id,
        edits: z
          .object({
            name: z.string().trim().min(1).max(200).optional(),
            strength: z.string().max(100).nullable().optional(),
            dose: z.string().max(100).nullable().optional(),
            route: z.string().max(100).nullable().optional(),
            frequency: z.string().max(200).nullable().optional(),
            start: partialDate.nullable().optional(),
            stop: partialDate.nullable().optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: medicationSchema,
  },
  [CALLS.medsDismissSuggestion]: { input: z.object({ id }).strict(), output: okOutput },
  [CALLS.regimensList]: { input: z.object({ personId: id }).strict(), output: z.array(regimenSchema) },
  [CALLS.regimensAdd]: {
    input: z
      .object({
        personId: id,
        name: z.string().trim().min(1).max(200),
        totalCycles: z.number().int().min(1).max(100).nullable().optional(),
        cycleDays: z.number().int().min(1).max(365).nullable().optional(),
        notes: z.string().max(5000).nullable().optional(),
      })
      .strict(),
    output: regimenSchema,
  },
  [CALLS.regimensRecordCycle]: {
    input: z
      .object({
        regimenId: id,
        number: z.number().int().min(1).max(100),
        date: isoDate,
        notes: z.string().max(2000).nullable().optional(),
      })
      .strict(),
    output: regimenSchema,
  },
  [CALLS.recordsLabResults]: { input: z.object({ personId: id }).strict(), output: z.array(labResultSchema) },
  [CALLS.recordsClinical]: {
    input: z.object({ personId: id }).strict(),
    output: z.array(clinicalItemSchema),
  },
  ...caseContract,
  ...exportContract,
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
  /** Desktop door only: the path of a file the person chose or dropped, so it is imported by path. */
  pathForFile?(file: File): string;
}
