import { CALLS } from '../../../shared/api/contract.ts';
import type { Person } from '../../../shared/schemas/people.schema.ts';
import { useCall, type Loaded } from '../api/use-call.ts';

/** Everyone in the vault, archived people included (documents may still name them). */
export function usePeople(): Loaded<Person[]> {
  return useCall(CALLS.peopleList, { includeArchived: true });
}

/** One person by id from a loaded list, or null while loading or when they are gone. */
export function findPerson(people: Person[] | null, id: string | null): Person | null {
  return people?.find((p) => p.id === id) ?? null;
}
