import { z } from 'zod';
import { isoDate, okOutput } from './common.schema.ts';

/** The checklist's document items: category ids (DESIGN.md §2) the second-opinion doctor needs. */
export const CHECKLIST_DOCUMENT_ITEMS = [
  'pathology',
  'operative',
  'discharge',
  'treatment_plan',
  'medications',
  'labs',
  'imaging',
  'genomics',
  'visit_notes',
] as const;

/** The checklist's items that are not documents (things to do before the appointment). */
export const CHECKLIST_TASK_ITEMS = [
  'pathology_slides',
  'imaging_discs',
  'insurance_checked',
  'questions_prepared',
  'records_sent',
  'receipt_confirmed',
] as const;

export const CHECKLIST_ITEM_IDS = [...CHECKLIST_DOCUMENT_ITEMS, ...CHECKLIST_TASK_ITEMS] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];
export type ChecklistDocumentItemId = (typeof CHECKLIST_DOCUMENT_ITEMS)[number];
export type ChecklistTaskItemId = (typeof CHECKLIST_TASK_ITEMS)[number];

/** What a records request can ask a provider for: the documents, the slides and the image discs. */
export const REQUESTABLE_ITEMS = [...CHECKLIST_DOCUMENT_ITEMS, 'pathology_slides', 'imaging_discs'] as const;
export type RequestableItemId = (typeof REQUESTABLE_ITEMS)[number];

export const REQUEST_METHODS = ['portal', 'fax', 'mail', 'in_person', 'phone'] as const;
export const SUGGESTED_QUESTION_IDS = [
  'other_options',
  'clinical_trial',
  'test_results',
  'guidelines',
  'joint_review',
  'waiting',
] as const;

const id = z.string().min(1).max(100);
const shortText = z.string().trim().max(300);
const longText = z.string().max(20_000);
/** A clock time, 24-hour HH:MM. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the form HH:MM (24-hour).');
const authorisation = z.enum(['not_needed', 'needed', 'obtained']);

/** A document as the checklist shows it: enough to list and open it. */
export const caseDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The document's own date (as read from it), when known. */
  date: z.string().nullable(),
  /** True while the category is the classifier's unsure guess (shown in the review queue). */
  needsReview: z.boolean(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/** An audio recording kept with the case's visit notes (the recording itself is a document of the binder). */
export const caseRecordingSchema = caseDocumentSchema.extend({
  /** The day it was added to the visit notes (its own `date` is the recording day, when known). */
  addedOn: isoDate,
});
export type CaseRecording = z.infer<typeof caseRecordingSchema>;

/**
 * One checklist line. For document items, `present` means the vault has documents of that category; for
 * task items it means done (with `doneOn`). `not_applicable` keeps the person's reason and is left out
 * of readiness.
 */
export const checklistItemSchema = z.object({
  id: z.enum(CHECKLIST_ITEM_IDS),
  kind: z.enum(['document', 'task']),
  label: z.string(),
  status: z.enum(['present', 'missing', 'not_applicable']),
  documents: z.array(caseDocumentSchema),
  /** Why the person said it does not apply ("no surgery yet"). */
  reason: z.string().nullable(),
  doneOn: isoDate.nullable(),
  note: z.string().nullable(),
  /** A short fact about how it is met ("4 medicines in the medication log"). */
  detail: z.string().nullable(),
  /** What to do about a gap, in plain words; null when nothing is missing. */
  next: z.string().nullable(),
  /** Record requests (not yet received) that ask for this item. */
  openRequestIds: z.array(z.string()),
  /** Whether the person can tick it off by hand (task items other than the derived ones). */
  canMarkDone: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const readinessSchema = z.object({
  ready: z.number().int(),
  total: z.number().int(),
  /** Short names of the missing items ("pathology report"), in checklist order. */
  missing: z.array(z.string()),
  /** "7 of 9 ready — missing: pathology report, imaging report" */
  text: z.string(),
});
export type Readiness = z.infer<typeof readinessSchema>;

/** The checklist of a person's case (or, without a case, of their records alone: document items only). */
export const checklistSchema = z.object({
  personId: z.string(),
  caseId: z.string().nullable(),
  items: z.array(checklistItemSchema),
  readiness: readinessSchema,
});
export type Checklist = z.infer<typeof checklistSchema>;

/** What a person tells CareBinder about a second-opinion case (every field optional while it takes shape). */
export const caseFieldsSchema = z.object({
  diagnosis: shortText.nullable().optional(),
  diagnosisDate: isoDate.nullable().optional(),
  treatingDoctor: shortText.nullable().optional(),
  treatingFacility: shortText.nullable().optional(),
  secondDoctor: shortText.nullable().optional(),
  secondFacility: shortText.nullable().optional(),
  /** Where records go for the second opinion: address, fax or portal instructions. */
  secondContact: z.string().max(1000).nullable().optional(),
  appointmentDate: isoDate.nullable().optional(),
  appointmentTime: clockTime.nullable().optional(),
  visitMode: z.enum(['in_person', 'virtual']).nullable().optional(),
  insuranceNotes: longText.nullable().optional(),
  referral: authorisation.nullable().optional(),
  priorAuthorization: authorisation.nullable().optional(),
  treatmentStartDate: isoDate.nullable().optional(),
  visitNotes: longText.nullable().optional(),
  /** The comparison after both opinions: how they differ, and what happens next. */
  differences: longText.nullable().optional(),
  nextSteps: longText.nullable().optional(),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

export const caseSchema = z.object({
  id: z.string(),
  personId: z.string(),
  status: z.enum(['active', 'closed']),
  diagnosis: z.string().nullable(),
  diagnosisDate: isoDate.nullable(),
  treatingDoctor: z.string().nullable(),
  treatingFacility: z.string().nullable(),
  secondDoctor: z.string().nullable(),
  secondFacility: z.string().nullable(),
  secondContact: z.string().nullable(),
  appointmentDate: isoDate.nullable(),
  appointmentTime: z.string().nullable(),
  visitMode: z.enum(['in_person', 'virtual']).nullable(),
  insuranceNotes: z.string().nullable(),
  referral: authorisation.nullable(),
  priorAuthorization: authorisation.nullable(),
  treatmentStartDate: isoDate.nullable(),
  visitNotes: z.string().nullable(),
  differences: z.string().nullable(),
  nextSteps: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Case = z.infer<typeof caseSchema>;

export const recordRequestSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  provider: z.string(),
  department: z.string().nullable(),
  /** The provider's address, fax number or portal. */
  providerContact: z.string().nullable(),
  items: z.array(z.enum(REQUESTABLE_ITEMS)),
  details: z.string().nullable(),
  method: z.enum(REQUEST_METHODS),
  fromDate: isoDate.nullable(),
  toDate: isoDate.nullable(),
  /** Where the provider should send the records (the patient, or the second-opinion office). */
  sendTo: z.string().nullable(),
  sentOn: isoDate.nullable(),
  followUpOn: isoDate.nullable(),
  receivedOn: isoDate.nullable(),
  /** draft: not sent yet; overdue: the follow-up date passed and nothing arrived. */
  state: z.enum(['draft', 'sent', 'overdue', 'received']),
  letterDocumentId: z.string().nullable(),
  documents: z.array(caseDocumentSchema),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type RecordRequest = z.infer<typeof recordRequestSchema>;

export const questionSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  position: z.number().int(),
  text: z.string(),
  suggestionId: z.enum(SUGGESTED_QUESTION_IDS).nullable(),
  answered: z.boolean(),
  answer: z.string().nullable(),
  answeredOn: isoDate.nullable(),
});
export type Question = z.infer<typeof questionSchema>;

export const suggestedQuestionSchema = z.object({
  id: z.enum(SUGGESTED_QUESTION_IDS),
  text: z.string(),
  /** Why patient guides suggest asking it. */
  why: z.string(),
  /** Already on this case's list. */
  added: z.boolean(),
});
export type SuggestedQuestion = z.infer<typeof suggestedQuestionSchema>;

export const opinionSchema = z.object({
  which: z.enum(['first', 'second']),
  doctor: z.string().nullable(),
  diagnosis: z.string().nullable(),
  stage: z.string().nullable(),
  treatment: z.string().nullable(),
  notes: z.string().nullable(),
  /** The doctor's written report, once it is in the vault. */
  report: caseDocumentSchema.nullable(),
});
export type Opinion = z.infer<typeof opinionSchema>;

export const REMINDER_KINDS = [
  'appointment_soon',
  'request_overdue',
  'receipt_unconfirmed',
  'treatment_start_soon',
] as const;

export const reminderSchema = z.object({
  kind: z.enum(REMINDER_KINDS),
  caseId: z.string(),
  personId: z.string(),
  personName: z.string(),
  requestId: z.string().nullable(),
  /** The date the reminder is about (appointment, follow-up, treatment start). */
  date: isoDate.nullable(),
  severity: z.enum(['info', 'warning']),
  message: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** Everything a case screen shows, in one answer (every change returns it, so screens just re-render). */
export const caseDetailSchema = z.object({
  case: caseSchema,
  checklist: checklistSchema,
  requests: z.array(recordRequestSchema),
  questions: z.array(questionSchema),
  opinions: z.object({ first: opinionSchema, second: opinionSchema }),
  /** Audio recordings of the visit, oldest first. */
  recordings: z.array(caseRecordingSchema),
  reminders: z.array(reminderSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseSummarySchema = caseSchema.extend({ readiness: readinessSchema });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const setItemInputSchema = z
  .object({
    caseId: id,
    itemId: z.enum(CHECKLIST_ITEM_IDS),
    /** 'auto' clears what the person said and lets the vault decide again. */
    state: z.enum(['not_applicable', 'done', 'auto']),
    reason: shortText.nullable().optional(),
    date: isoDate.nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type SetItemInput = z.infer<typeof setItemInputSchema>;

export const requestFieldsSchema = z.object({
  provider: z.string().trim().min(1, 'Say who the request goes to.').max(300),
  department: shortText.nullable().optional(),
  providerContact: z.string().max(1000).nullable().optional(),
  items: z
    .array(z.enum(REQUESTABLE_ITEMS))
    .min(1, 'Choose at least one kind of record to ask for.')
    .max(REQUESTABLE_ITEMS.length),
  details: z.string().max(2000).nullable().optional(),
  method: z.enum(REQUEST_METHODS),
  fromDate: isoDate.nullable().optional(),
  toDate: isoDate.nullable().optional(),
  sendTo: z.string().max(1000).nullable().optional(),
  sentOn: isoDate.nullable().optional(),
  followUpOn: isoDate.nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
});
export type RequestFields = z.infer<typeof requestFieldsSchema>;

export const requestUpdateSchema = requestFieldsSchema
  .partial()
  .extend({
    id,
    receivedOn: isoDate.nullable().optional(),
    /** Replaces the documents linked to the request (what arrived). */
    documentIds: z.array(id).max(500).optional(),
  })
  .strict();
export type RequestUpdate = z.infer<typeof requestUpdateSchema>;

export const opinionInputSchema = z
  .object({
    caseId: id,
    which: z.enum(['first', 'second']),
    doctor: shortText.nullable().optional(),
    diagnosis: z.string().max(2000).nullable().optional(),
    stage: shortText.nullable().optional(),
    treatment: z.string().max(5000).nullable().optional(),
    notes: longText.nullable().optional(),
    reportDocumentId: id.nullable().optional(),
  })
  .strict();
export type OpinionInput = z.infer<typeof opinionInputSchema>;

/** Call names of the case feature, as constants (never inline strings at call sites). */
export const CASE_CALLS = {
  list: 'cases:list',
  create: 'cases:create',
  update: 'cases:update',
  get: 'cases:get',
  checklist: 'cases:checklist',
  setItem: 'cases:setItem',
  setOpinion: 'cases:setOpinion',
  addRecording: 'cases:addRecording',
  removeRecording: 'cases:removeRecording',
  reminders: 'cases:reminders',
  requestsAdd: 'requests:add',
  requestsUpdate: 'requests:update',
  requestsDelete: 'requests:delete',
  requestsLetter: 'requests:letter',
  questionsAdd: 'questions:add',
  questionsUpdate: 'questions:update',
  questionsMove: 'questions:move',
  questionsDelete: 'questions:delete',
  questionsSuggested: 'questions:suggested',
} as const;

/** Input and output schema of every case call, in the shape of `contract` (spread into it). */
export const caseContract = {
  [CASE_CALLS.list]: { input: z.object({ personId: id }).strict(), output: z.array(caseSummarySchema) },
  [CASE_CALLS.create]: {
    input: caseFieldsSchema.extend({ personId: id }).strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.update]: {
    input: caseFieldsSchema.extend({ id, status: z.enum(['active', 'closed']).optional() }).strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.get]: { input: z.object({ id }).strict(), output: caseDetailSchema },
  [CASE_CALLS.checklist]: { input: z.object({ personId: id }).strict(), output: checklistSchema },
  [CASE_CALLS.setItem]: { input: setItemInputSchema, output: caseDetailSchema },
  [CASE_CALLS.setOpinion]: { input: opinionInputSchema, output: caseDetailSchema },
  [CASE_CALLS.addRecording]: {
    input: z.object({ caseId: id, documentId: id }).strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.removeRecording]: {
    input: z.object({ caseId: id, documentId: id }).strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.reminders]: {
    input: z
      .object({
        personId: id.optional(),
        /** How many days ahead an appointment or treatment start counts as "soon" (default 14). */
        withinDays: z.number().int().min(1).max(365).optional(),
      })
      .strict(),
    output: z.array(reminderSchema),
  },
  [CASE_CALLS.requestsAdd]: {
    input: requestFieldsSchema.extend({ caseId: id }).strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.requestsUpdate]: { input: requestUpdateSchema, output: caseDetailSchema },
  [CASE_CALLS.requestsDelete]: { input: z.object({ id }).strict(), output: okOutput },
  [CASE_CALLS.requestsLetter]: {
    input: z.object({ id }).strict(),
    output: z.object({ documentId: z.string(), detail: caseDetailSchema }),
  },
  [CASE_CALLS.questionsAdd]: {
    input: z
      .object({
        caseId: id,
        text: z.string().trim().min(1).max(2000).optional(),
        suggestionId: z.enum(SUGGESTED_QUESTION_IDS).optional(),
      })
      .strict()
      .refine((q) => q.text !== undefined || q.suggestionId !== undefined, 'Write the question.'),
    output: caseDetailSchema,
  },
  [CASE_CALLS.questionsUpdate]: {
    input: z
      .object({
        id,
        text: z.string().trim().min(1).max(2000).optional(),
        answered: z.boolean().optional(),
        answer: z.string().max(10_000).nullable().optional(),
      })
      .strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.questionsMove]: {
    input: z.object({ id, position: z.number().int().min(0).max(10_000) }).strict(),
    output: caseDetailSchema,
  },
  [CASE_CALLS.questionsDelete]: { input: z.object({ id }).strict(), output: caseDetailSchema },
  [CASE_CALLS.questionsSuggested]: {
    input: z.object({ caseId: id }).strict(),
    output: z.array(suggestedQuestionSchema),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
