import type {
  Case,
  RecordRequest,
  RequestableItemId,
  RequestFields,
} from '../../../../shared/schemas/case.schema.ts';
import { blankToNull } from './case-form.ts';

/** The record-request form, as typed. */
export interface RequestDraft {
  provider: string;
  department: string;
  providerContact: string;
  items: RequestableItemId[];
  details: string;
  method: RecordRequest['method'];
  fromDate: string;
  toDate: string;
  sendTo: string;
  notes: string;
}

export type RequestDraftErrors = Partial<Record<'provider' | 'items' | 'toDate', string>>;

/** Where records go by default: the second-opinion office, when the case says where it is. */
function defaultSendTo(kase: Case): string {
  return [kase.secondDoctor, kase.secondFacility, kase.secondContact].filter(Boolean).join('\n');
}

/** A new request for the given items, or the form of an existing one. */
export function requestDraft(kase: Case, from: RecordRequest | RequestableItemId[]): RequestDraft {
  if (Array.isArray(from)) {
    return {
      provider: '',
      department: '',
      providerContact: '',
      items: from,
      details: '',
      method: 'portal',
      fromDate: '',
      toDate: '',
      sendTo: defaultSendTo(kase),
      notes: '',
    };
  }
  return {
    provider: from.provider,
    department: from.department ?? '',
    providerContact: from.providerContact ?? '',
    items: from.items,
    details: from.details ?? '',
    method: from.method,
    fromDate: from.fromDate ?? '',
    toDate: from.toDate ?? '',
    sendTo: from.sendTo ?? '',
    notes: from.notes ?? '',
  };
}

/** Checks what must be right before saving: who it goes to, what it asks for, and a range that makes sense. */
export function checkRequest(draft: RequestDraft): RequestDraftErrors {
  const errors: RequestDraftErrors = {};
  if (!draft.provider.trim()) errors.provider = 'Say who the request goes to (a hospital, practice or lab).';
  if (draft.items.length === 0) errors.items = 'Choose at least one kind of record to ask for.';
  if (draft.fromDate && draft.toDate && draft.fromDate > draft.toDate)
    errors.toDate = 'This date is before the “From” date. Check the two dates.';
  return errors;
}

/** The draft as the fields `requests:add` and `requests:update` take. */
export function requestFields(draft: RequestDraft): RequestFields {
  return {
    provider: draft.provider.trim(),
    department: blankToNull(draft.department),
    providerContact: blankToNull(draft.providerContact),
    items: draft.items,
    details: blankToNull(draft.details),
    method: draft.method,
    fromDate: blankToNull(draft.fromDate),
    toDate: blankToNull(draft.toDate),
    sendTo: blankToNull(draft.sendTo),
    notes: blankToNull(draft.notes),
  };
}
