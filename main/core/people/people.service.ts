import type { Person, PersonInput } from '../../../shared/schemas/people.schema.ts';
import { AppError } from '../errors.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import * as repo from './people.repo.ts';

const notFound = () => new AppError('NOT_FOUND', 'That family member is not in this vault any more.');

export function listPeople(session: VaultSession, includeArchived = false): Person[] {
  return repo.listPeople(session.db, includeArchived);
}

export function addPerson(session: VaultSession, input: PersonInput): Person {
  return repo.insertPerson(session.db, clean(input), new Date().toISOString());
}

export function updatePerson(session: VaultSession, id: string, input: PersonInput): Person {
  if (!repo.updatePerson(session.db, id, clean(input), new Date().toISOString())) throw notFound();
  return repo.getPerson(session.db, id)!;
}

/** Archiving hides a person from everyday views; nothing of theirs is deleted and it can be undone. */
export function archivePerson(session: VaultSession, id: string, archived: boolean): Person {
  if (!repo.setArchived(session.db, id, archived, new Date().toISOString())) throw notFound();
  return repo.getPerson(session.db, id)!;
}

/** Finds a person by exact name (case-insensitive), for the CLI's `--person NAME`. */
export function findPersonByName(session: VaultSession, name: string): Person {
  const wanted = name.trim().toLowerCase();
  const matches = repo.listPeople(session.db, true).filter((p) => p.name.toLowerCase() === wanted);
  if (matches.length === 0)
    throw new AppError('NOT_FOUND', `There is no family member called “${name}” in this vault.`);
  if (matches.length > 1)
    throw new AppError(
      'INVALID_INPUT',
      `More than one family member is called “${name}”. Rename one of them first.`,
    );
  return matches[0]!;
}

function clean(input: PersonInput): PersonInput {
  return {
    name: input.name.trim(),
    birthDate: input.birthDate || null,
    relationship: input.relationship?.trim() || null,
    notes: input.notes?.trim() || null,
  };
}
