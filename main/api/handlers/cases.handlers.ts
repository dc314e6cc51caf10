import type { caseContract } from '../../../shared/schemas/case.schema.ts';
import { caseDetail } from '../../core/cases/case-view.service.ts';
import {
  createCase,
  listCaseSummaries,
  personChecklist,
  setChecklistItem,
  setOpinion,
  updateCase,
} from '../../core/cases/cases.service.ts';
import {
  addQuestion,
  deleteQuestion,
  moveQuestion,
  suggestedQuestions,
  updateQuestion,
} from '../../core/cases/questions.service.ts';
import { addRecording, removeRecording } from '../../core/cases/recordings.service.ts';
import { listReminders } from '../../core/cases/reminders.service.ts';
import { makeRequestLetter } from '../../core/cases/request-letter.service.ts';
import { addRequest, deleteRequest, updateRequest } from '../../core/cases/requests.service.ts';
import type { HandlerMap } from '../router.ts';

/** The second-opinion case: every change answers with the whole case detail, so a screen just re-renders. */
export const caseHandlers: Pick<HandlerMap, keyof typeof caseContract> = {
  'cases:list': ({ personId }, ctx) => listCaseSummaries(ctx.session(), personId),
  'cases:create': ({ personId, ...fields }, ctx) => createCase(ctx.session(), personId, fields),
  'cases:update': ({ id, ...fields }, ctx) => updateCase(ctx.session(), id, fields),
  'cases:get': ({ id }, ctx) => caseDetail(ctx.session(), id),
  'cases:checklist': ({ personId }, ctx) => personChecklist(ctx.session(), personId),
  'cases:setItem': (input, ctx) => setChecklistItem(ctx.session(), input),
  'cases:setOpinion': (input, ctx) => setOpinion(ctx.session(), input),
  'cases:addRecording': ({ caseId, documentId }, ctx) => addRecording(ctx.session(), caseId, documentId),
  'cases:removeRecording': ({ caseId, documentId }, ctx) =>
    removeRecording(ctx.session(), caseId, documentId),
  'cases:reminders': (input, ctx) => listReminders(ctx.session(), input),
  'requests:add': ({ caseId, ...fields }, ctx) => addRequest(ctx.session(), caseId, fields),
  'requests:update': (input, ctx) => updateRequest(ctx.session(), input),
  'requests:delete': ({ id }, ctx) => {
    deleteRequest(ctx.session(), id);
    return { ok: true as const };
  },
  'requests:letter': ({ id }, ctx) => makeRequestLetter(ctx.session(), id),
  'questions:add': (input, ctx) => addQuestion(ctx.session(), input),
  'questions:update': (input, ctx) => updateQuestion(ctx.session(), input),
  'questions:move': ({ id, position }, ctx) => moveQuestion(ctx.session(), id, position),
  'questions:delete': ({ id }, ctx) => deleteQuestion(ctx.session(), id),
  'questions:suggested': ({ caseId }, ctx) => suggestedQuestions(ctx.session(), caseId),
};
