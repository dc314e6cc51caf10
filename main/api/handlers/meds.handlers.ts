import { autocompleteDrug } from '../../core/meds/drug-names.ts';
import {
  addMedication,
  deleteMedication,
  listMedicationLog,
  recordEvent,
  updateMedication,
} from '../../core/medlog/medication-log.service.ts';
import {
  acceptSuggestion,
  dismissSuggestion,
  listPendingSuggestions,
} from '../../core/medlog/suggestions.service.ts';
import { addRegimen, listRegimens, recordCycle } from '../../core/medlog/regimens.service.ts';
import { labResults } from '../../core/records/lab-results.service.ts';
import { listClinicalItems } from '../../core/records/records.repo.ts';
import type { HandlerMap } from '../router.ts';

type MedsCalls =
  | 'meds:list'
  | 'meds:add'
  | 'meds:update'
  | 'meds:recordEvent'
  | 'meds:delete'
  | 'meds:autocomplete'
  | 'meds:suggestions'
  | 'meds:acceptSuggestion'
  | 'meds:dismissSuggestion'
  | 'regimens:list'
  | 'regimens:add'
  | 'regimens:recordCycle'
  | 'records:labResults'
  | 'records:clinical';

export const medsHandlers: Pick<HandlerMap, MedsCalls> = {
  'meds:list': ({ personId }, ctx) => listMedicationLog(ctx.session(), personId),
  'meds:add': (input, ctx) => addMedication(ctx.session(), input),
  'meds:update': ({ id, ...input }, ctx) => updateMedication(ctx.session(), id, input),
  'meds:recordEvent': (input, ctx) => recordEvent(ctx.session(), input),
  'meds:delete': ({ id }, ctx) => {
    deleteMedication(ctx.session(), id);
    return { ok: true as const };
  },
  // The drug list is public data: no vault needed, but only while unlocked is the UI asking.
  'meds:autocomplete': ({ prefix }) =>
    autocompleteDrug(prefix, 10).map(({ label, name, generic }) => ({ label, name, generic })),
  'meds:suggestions': ({ personId }, ctx) => listPendingSuggestions(ctx.session(), personId),
  'meds:acceptSuggestion': ({ id, edits }, ctx) => acceptSuggestion(ctx.session(), id, edits ?? {}),
  'meds:dismissSuggestion': ({ id }, ctx) => {
    dismissSuggestion(ctx.session(), id);
    return { ok: true as const };
  },
  'regimens:list': ({ personId }, ctx) => listRegimens(ctx.session(), personId),
  'regimens:add': (input, ctx) => addRegimen(ctx.session(), input),
  'regimens:recordCycle': (input, ctx) => recordCycle(ctx.session(), input),
  'records:labResults': ({ personId }, ctx) => labResults(ctx.session(), personId),
  'records:clinical': ({ personId }, ctx) => listClinicalItems(ctx.session().db, personId),
};
