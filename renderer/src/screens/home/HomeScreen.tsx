import { useCallback, useEffect, useRef, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Result } from '../../../../shared/errors.ts';
import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useNavigation } from '../../app/navigation.ts';
import { countsFromTotals, type CategoryCounts } from '../binder/document-counts.ts';
import { CaseRemindersPanel } from '../case/CaseRemindersPanel.tsx';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PeopleIcon, PlusIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ArchiveDialog } from './ArchiveDialog.tsx';
import { PersonCard } from './PersonCard.tsx';
import { PersonDialog } from './PersonDialog.tsx';

type Open = { kind: 'add' } | { kind: 'edit'; person: Person } | { kind: 'archive'; person: Person } | null;

/** The family: one card per person, with add, edit and archive (undoable). */
export function HomeScreen() {
  const api = useApi();
  const toast = useToast();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const [people, setPeople] = useState<Person[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [archiving, setArchiving] = useState(false);
  const [archiveFailure, setArchiveFailure] = useState<string | null>(null);
  const [counts, setCounts] = useState<Record<string, CategoryCounts | null>>({});
  const { navigate } = useNavigation();

  const applyList = useCallback((result: Result<Person[]>) => {
    if (result.ok) {
      setPeople(result.value);
      setLoadError(null);
    } else setLoadError(result.error.message);
  }, []);

  const load = useCallback(
    async () => applyList(await api.call(CALLS.peopleList, { includeArchived: true })),
    [api, applyList],
  );

  useEffect(() => {
    void api.call(CALLS.peopleList, { includeArchived: true }).then(applyList);
  }, [api, applyList]);

  // Each card shows what its binder holds: one light count per person once the family is known.
  const activeIds =
    people
      ?.filter((p) => !p.archived)
      .map((p) => p.id)
      .join(',') ?? '';
  useEffect(() => {
    if (!activeIds) return;
    let live = true;
    void Promise.all(
      activeIds.split(',').map(async (personId) => {
        const result = await api.call(CALLS.documentsCounts, { personId });
        return [personId, result.ok ? countsFromTotals(result.value) : null] as const;
      }),
    ).then((entries) => live && setCounts(Object.fromEntries(entries)));
    return () => {
      live = false;
    };
  }, [api, activeIds]);

  async function setArchived(person: Person, archived: boolean): Promise<boolean> {
    const result = await api.call(CALLS.peopleArchive, { id: person.id, archived });
    if (!result.ok) {
      if (archived) setArchiveFailure(result.error.message);
      else toast({ message: result.error.message });
      return false;
    }
    await load();
    return true;
  }

  async function confirmArchive(person: Person) {
    setArchiving(true);
    setArchiveFailure(null);
    const done = await setArchived(person, true);
    setArchiving(false);
    if (!done) return;
    setOpen(null);
    toast({
      message: `${person.name} was archived.`,
      action: { label: 'Undo', onAction: () => void bringBack(person) },
      focusAction: true,
    });
  }

  async function bringBack(person: Person) {
    if (await setArchived(person, false)) {
      toast({ message: `${person.name} is back in your family list.` });
      headingRef.current?.focus();
    }
  }

  const active = people?.filter((p) => !p.archived) ?? [];
  const archived = people?.filter((p) => p.archived) ?? [];

  return (
    <div className="page">
      <div className="page__head">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            Your family
          </h1>
          <p className="lead">Each person has their own binder for the records a second opinion needs.</p>
        </div>
        {active.length > 0 && (
          <Button ref={addButtonRef} variant="primary" onClick={() => setOpen({ kind: 'add' })}>
            <PlusIcon /> Add a person
          </Button>
        )}
      </div>

      {active.length > 0 && (
        <CaseRemindersPanel onOpen={(personId) => navigate({ screen: 'case', personId })} />
      )}

      {loadError && (
        <Notice tone="error" title="Your family list could not be loaded.">
          <p>{loadError}</p>
          <Button onClick={() => void load()}>Try again</Button>
        </Notice>
      )}
      {people === null && !loadError && <p role="status">Opening your binders…</p>}

      {people !== null && active.length === 0 && (
        <EmptyState
          icon={<PeopleIcon />}
          title="No one here yet"
          action={
            <Button ref={addButtonRef} variant="primary" onClick={() => setOpen({ kind: 'add' })}>
              <PlusIcon /> Add a person
            </Button>
          }
        >
          <p>
            Start with yourself, or with the person whose records you are gathering. Each person gets their
            own binder, so nothing gets mixed up.
          </p>
        </EmptyState>
      )}

      {active.length > 0 && (
        <ul className="people" aria-label="Family members">
          {active.map((person) => (
            <PersonCard
              key={person.id}
              person={person}
              counts={counts[person.id] ?? null}
              onOpen={(p) => navigate({ screen: 'binder', personId: p.id, tab: 'documents' })}
              onSecondOpinion={(p) => navigate({ screen: 'case', personId: p.id })}
              onReview={(p) => navigate({ screen: 'binder', personId: p.id, tab: 'review' })}
              onEdit={(p) => setOpen({ kind: 'edit', person: p })}
              onArchive={(p) => {
                setArchiveFailure(null);
                setOpen({ kind: 'archive', person: p });
              }}
            />
          ))}
        </ul>
      )}

      {archived.length > 0 && (
        <section className="archived" aria-labelledby="archived-title">
          <h2 id="archived-title">Archived</h2>
          <p className="muted">Hidden from the list above. Their binders are kept in the vault.</p>
          <ul className="archived__list">
            {archived.map((person) => (
              <li key={person.id} className="archived__item">
                <span>{person.name}</span>
                <Button variant="secondary" onClick={() => void bringBack(person)}>
                  Bring back<span className="visually-hidden"> {person.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(open?.kind === 'add' || open?.kind === 'edit') && (
        <PersonDialog
          person={open.kind === 'edit' ? open.person : null}
          onClose={() => setOpen(null)}
          returnFocusTo={addButtonRef}
          onSaved={async (saved) => {
            // Reload before closing so focus returns to a control that is still on the screen.
            await load();
            setOpen(null);
            toast({
              message:
                open.kind === 'edit' ? `Changes to ${saved.name} were saved.` : `${saved.name} was added.`,
            });
          }}
        />
      )}
      {open?.kind === 'archive' && (
        <ArchiveDialog
          person={open.person}
          busy={archiving}
          failure={archiveFailure}
          onConfirm={() => void confirmArchive(open.person)}
          onClose={() => setOpen(null)}
          returnFocusTo={addButtonRef}
        />
      )}
    </div>
  );
}
