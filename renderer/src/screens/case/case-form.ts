import type { Case, CaseFields } from '../../../../shared/schemas/case.schema.ts';

/** The case details form, as typed (empty string = not known). */
export interface CaseDraft {
  diagnosis: string;
  diagnosisDate: string;
  treatingDoctor: string;
  treatingFacility: string;
  secondDoctor: string;
  secondFacility: string;
  secondContact: string;
  appointmentDate: string;
  appointmentTime: string;
  visitMode: '' | NonNullable<Case['visitMode']>;
  insuranceNotes: string;
  referral: '' | NonNullable<Case['referral']>;
  priorAuthorization: '' | NonNullable<Case['priorAuthorization']>;
  treatmentStartDate: string;
}

export type CaseDraftKey = keyof CaseDraft;

export function draftFromCase(kase: Case): CaseDraft {
  return {
    diagnosis: kase.diagnosis ?? '',
    diagnosisDate: kase.diagnosisDate ?? '',
    treatingDoctor: kase.treatingDoctor ?? '',
    treatingFacility: kase.treatingFacility ?? '',
    secondDoctor: kase.secondDoctor ?? '',
    secondFacility: kase.secondFacility ?? '',
    secondContact: kase.secondContact ?? '',
    appointmentDate: kase.appointmentDate ?? '',
    appointmentTime: kase.appointmentTime ?? '',
    visitMode: kase.visitMode ?? '',
    insuranceNotes: kase.insuranceNotes ?? '',
    referral: kase.referral ?? '',
    priorAuthorization: kase.priorAuthorization ?? '',
    treatmentStartDate: kase.treatmentStartDate ?? '',
  };
}

/** Blank text as null: the API keeps "not known" apart from an empty string. */
export const blankToNull = (text: string): string | null => text.trim() || null;

/** The draft as the fields `cases:update` takes (every field sent, so clearing one clears it). */
export function fieldsFromDraft(draft: CaseDraft): CaseFields {
  return {
    diagnosis: blankToNull(draft.diagnosis),
    diagnosisDate: blankToNull(draft.diagnosisDate),
    treatingDoctor: blankToNull(draft.treatingDoctor),
    treatingFacility: blankToNull(draft.treatingFacility),
    secondDoctor: blankToNull(draft.secondDoctor),
    secondFacility: blankToNull(draft.secondFacility),
    secondContact: blankToNull(draft.secondContact),
    appointmentDate: blankToNull(draft.appointmentDate),
    appointmentTime: blankToNull(draft.appointmentTime),
    visitMode: draft.visitMode || null,
    insuranceNotes: blankToNull(draft.insuranceNotes),
    referral: draft.referral || null,
    priorAuthorization: draft.priorAuthorization || null,
    treatmentStartDate: blankToNull(draft.treatmentStartDate),
  };
}

/** Options of the referral and prior-authorisation lists ('' = not checked yet). */
export const AUTHORISATION_OPTIONS = [
  { value: '', label: 'Not checked yet' },
  { value: 'not_needed', label: 'Not needed' },
  { value: 'needed', label: 'Needed — not obtained yet' },
  { value: 'obtained', label: 'Obtained' },
] as const;

export const VISIT_MODE_OPTIONS = [
  { value: '', label: 'Not decided yet' },
  { value: 'in_person', label: 'In person' },
  { value: 'virtual', label: 'Virtual (video or phone)' },
] as const;
