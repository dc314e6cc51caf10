import { useCallback, useEffect, useRef, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type Readiness } from '../../../../shared/schemas/case.schema.ts';
import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useNavigation } from '../../app/navigation.ts';
import { countsFromTotals, type CategoryCounts } from '../binder/document-counts.ts';
import { CaseRemindersPanel } from '../case/CaseRemindersPanel.tsx';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PeopleIcon, PlusIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { GettingStarted } from './GettingStarted.tsx';
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
  const [counts, setCounts] = useState<Record<string, CategoryCounts | null>>({});
  const [readiness, setReadiness] = useState<Record<string, Readiness | null>>({});
  const [hasCase, setHasCase] = useState<Record<string, boolean>>({});
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
        const [result, checklist] = await Promise.all([
          api.call(CALLS.documentsCounts, { personId }),
          api.call(CASE_CALLS.checklist, { personId }),
        ]);
        return {
          personId,
          counts: result.ok ? countsFromTotals(result.value) : null,
          readiness: checklist.ok ? checklist.value.readiness : null,
          hasCase: checklist.ok && checklist.value.caseId !== null,
        };
      }),
    ).then((binders) => {
      if (!live) return;
      setCounts(Object.fromEntries(binders.map((b) => [b.personId, b.counts])));
      setReadiness(Object.fromEntries(binders.map((b) => [b.personId, b.readiness])));
      setHasCase(Object.fromEntries(binders.map((b) => [b.personId, b.hasCase])));
    });
    return () => {
      live = false;
    };
  }, [api, activeIds]);

  /** Archives after the confirmation; resolves with the error to show in the dialog, or null. */
  async function archive(person: Person): Promise<string | null> {
    const result = await api.call(CALLS.peopleArchive, { id: person.id, archived: true });
    if (!result.ok) return result.error.message;
    await load();
    setOpen(null);
    toast({
      message: `${person.name} was archived.`,
      action: { label: 'Undo', onAction: () => void bringBack(person) },
      focusAction: true,
    });
    return null;
  }

  async function bringBack(person: Person) {
    const result = await api.call(CALLS.peopleArchive, { id: person.id, archived: false });
    if (!result.ok) return toast({ message: result.error.message });
    await load();
    toast({ message: `${person.name} is back in your family list.` });
    headingRef.current?.focus();
  }

  const active = people?.filter((p) => !p.archived) ?? [];
  const archived = people?.filter((p) => p.archived) ?? [];
  const firstPerson = active[0];

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

      {firstPerson && firstPerson.id in counts && (
        <GettingStarted
          progress={{
            person: firstPerson,
            hasDocuments: active.some((p) => (counts[p.id]?.total ?? 0) > 0),
            hasCase: active.some((p) => hasCase[p.id]),
          }}
          onImport={(p) => navigate({ screen: 'import', personId: p.id })}
          onChecklist={(p) => navigate({ screen: 'case', personId: p.id })}
        />
      )}

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
              readiness={readiness[person.id] ?? null}
              onOpen={(p) => navigate({ screen: 'binder', personId: p.id, tab: 'documents' })}
              onSecondOpinion={(p) => navigate({ screen: 'case', personId: p.id })}
              onReview={(p) => navigate({ screen: 'binder', personId: p.id, tab: 'review' })}
              onEdit={(p) => setOpen({ kind: 'edit', person: p })}
              onArchive={(p) => setOpen({ kind: 'archive', person: p })}
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
        <ConfirmDialog
          title={`Archive ${open.person.name}?`}
          confirmLabel="Archive"
          busyLabel="Archiving…"
          onConfirm={() => archive(open.person)}
          onClose={() => setOpen(null)}
          returnFocusTo={addButtonRef}
        >
          <p>
            {open.person.name} will no longer be shown in your family list. Nothing is deleted: their binder
            and documents stay in the vault, and you can bring them back at any time.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
