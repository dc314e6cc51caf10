import {
  personInputSchema,
  type PersonInput,
  type Person,
} from '../../../../shared/schemas/people.schema.ts';
import { todayIso } from '../../lib/dates.ts';

/** What the person form edits: strings, as typed. */
export interface PersonDraft {
  name: string;
  birthDate: string;
  relationship: string;
  notes: string;
}

export type PersonDraftErrors = Partial<Record<keyof PersonDraft, string>>;

/** Suggestions for the relationship field; people can type anything. */
export const RELATIONSHIP_SUGGESTIONS = [
  'Myself',
  'Mother',
  'Father',
  'Wife',
  'Husband',
  'Partner',
  'Daughter',
  'Son',
  'Sister',
  'Brother',
  'Grandmother',
  'Grandfather',
  'Friend',
];

export function draftFromPerson(person: Person | null): PersonDraft {
  return {
    name: person?.name ?? '',
    birthDate: person?.birthDate ?? '',
    relationship: person?.relationship ?? '',
    notes: person?.notes ?? '',
  };
}

/**
 * Checks a draft with the shared schema (the same rules as the core) plus what only makes sense for a
 * birth date: not in the future and not implausibly old. Returns the input to send, or the errors.
 */
export function validatePersonDraft(
  draft: PersonDraft,
  today = todayIso(),
): { ok: true; input: PersonInput } | { ok: false; errors: PersonDraftErrors } {
  const candidate = {
    name: draft.name.trim(),
    birthDate: draft.birthDate.trim() || null,
    relationship: draft.relationship.trim() || null,
    notes: draft.notes.trim() || null,
  };
  const errors: PersonDraftErrors = {};
  const parsed = personInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof PersonDraft | undefined;
      if (field && !errors[field])
        errors[field] = issue.message.startsWith('Too big') ? 'This is too long.' : issue.message;
    }
  }
  if (!errors.birthDate && candidate.birthDate) {
    if (candidate.birthDate > today) errors.birthDate = 'The date of birth cannot be in the future.';
    else if (candidate.birthDate < '1900-01-01') errors.birthDate = 'Please check the year of birth.';
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
