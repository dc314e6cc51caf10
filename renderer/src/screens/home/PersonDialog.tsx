import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { todayIso } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import {
  draftFromPerson,
  RELATIONSHIP_SUGGESTIONS,
  validatePersonDraft,
  type PersonDraft,
  type PersonDraftErrors,
} from './person-form.ts';

export interface PersonDialogProps {
  /** The person to edit, or null to add someone new. */
  person: Person | null;
  onClose: () => void;
  onSaved: (person: Person) => void | Promise<void>;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

const FIELD_ORDER: Array<keyof PersonDraft> = ['name', 'birthDate', 'relationship', 'notes'];

/** Add or edit a family member. */
export function PersonDialog({ person, onClose, onSaved, returnFocusTo }: PersonDialogProps) {
  const api = useApi();
  const formId = useId();
  const suggestionsId = useId();
  const [draft, setDraft] = useState<PersonDraft>(() => draftFromPerson(person));
  const [errors, setErrors] = useState<PersonDraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const birthDateRef = useRef<HTMLInputElement>(null);
  const relationshipRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const fieldRefs = {
    name: nameRef,
    birthDate: birthDateRef,
    relationship: relationshipRef,
    notes: notesRef,
  };

  const update = (field: keyof PersonDraft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const checked = validatePersonDraft(draft);
    const found: PersonDraftErrors = checked.ok ? {} : { ...checked.errors };
    // A half-typed date reads as empty from the input; say so instead of silently dropping it.
    if (birthDateRef.current?.validity.badInput)
      found.birthDate = 'That date is not complete. Check the day, month and year.';
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first || !checked.ok) {
      fieldRefs[first ?? 'name'].current?.focus();
      return;
    }
    setBusy(true);
    const result = person
      ? await api.call(CALLS.peopleUpdate, { id: person.id, ...checked.input })
      : await api.call(CALLS.peopleAdd, checked.input);
    if (result.ok) return onSaved(result.value);
    setBusy(false);
    setFailure(result.error.message);
  }

  return (
    <Dialog
      title={person ? `Edit ${person.name}` : 'Add a person'}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      footer={
        <>
          <Button type="submit" form={formId} variant="primary" busy={busy} busyLabel="Saving…">
            {person ? 'Save changes' : 'Add person'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <TextField
          ref={nameRef}
          label="Name"
          hint="The name as it appears on their medical records."
          value={draft.name}
          onChange={update('name')}
          error={errors.name}
          autoComplete="off"
        />
        <TextField
          ref={birthDateRef}
          type="date"
          label="Date of birth"
          optional
          hint="Helps CareBinder notice pages that belong to someone else."
          value={draft.birthDate}
          onChange={update('birthDate')}
          error={errors.birthDate}
          min="1900-01-01"
          max={todayIso()}
          className="field--date"
        />
        <TextField
          ref={relationshipRef}
          label="Relationship to you"
          optional
          hint="For example “Myself”, “Mother” or “Husband”."
          list={suggestionsId}
          value={draft.relationship}
          onChange={update('relationship')}
          error={errors.relationship}
          autoComplete="off"
        />
        <datalist id={suggestionsId}>
          {RELATIONSHIP_SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <TextAreaField
          ref={notesRef}
          label="Notes"
          optional
          hint="Anything that helps, such as their main doctor or hospital."
          value={draft.notes}
          onChange={update('notes')}
          error={errors.notes}
        />
        {failure && (
          <Notice tone="error" title="The changes were not saved.">
            {failure}
          </Notice>
        )}
      </form>
    </Dialog>
  );
}
