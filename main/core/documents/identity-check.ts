import type { Person } from '../../../shared/schemas/people.schema.ts';

/** A warning that a document seems to be about someone other than the person it is filed under. */
export interface IdentityWarning {
  message: string;
  /** A family member the page does match, to offer moving it to. */
  suggestedPersonId: string | null;
}

function nameTokens(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((t) => t.length > 1),
  );
}

/** Names match when the shorter one's words all appear in the other ("DOE, JANE M" and "Jane Doe"). */
export function namesMatch(a: string, b: string): boolean {
  const [x, y] = [nameTokens(a), nameTokens(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((t) => large.has(t));
}

function matches(person: Person, printed: { name: string | null; birthDate: string | null }): boolean {
  const nameOk = !printed.name || namesMatch(person.name, printed.name);
  const birthOk = !printed.birthDate || !person.birthDate || printed.birthDate === person.birthDate;
  return nameOk && birthOk;
}

/**
 * Compares the patient printed on a document with the person it is filed under. Silent when the page
 * names nobody or agrees; otherwise says who it names, and which family member it matches if any.
 */
export function checkIdentity(
  filedUnder: Person,
  printed: { name: string | null; birthDate: string | null } | null,
  family: Person[],
): IdentityWarning | null {
  if (!printed || (!printed.name && !printed.birthDate) || matches(filedUnder, printed)) return null;
  const who = [printed.name, printed.birthDate && `born ${printed.birthDate}`].filter(Boolean).join(', ');
  const other = family.find(
    (p) => p.id !== filedUnder.id && matches(p, printed) && (printed.name ? true : p.birthDate !== null),
  );
  return {
    message: `This page names ${who} — you are filing it under ${filedUnder.name}.`,
    suggestedPersonId: other?.id ?? null,
  };
}
