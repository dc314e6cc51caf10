import { useState } from 'react';
import { CASE_CALLS, type Case } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useNavigation } from '../../app/navigation.ts';
import type { CaseSection } from '../../app/routes.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { CaseIntro } from './CaseIntro.tsx';
import { CaseStatusDialog } from './CaseStatusDialog.tsx';
import { CaseWorkspace } from './CaseWorkspace.tsx';
import { caseName, dateOrDash } from './case-words.ts';
import { EarlierCases } from './EarlierCases.tsx';
import { useCase } from './use-case.ts';
import '../../styles/case.css';

export interface CaseScreenProps {
  personId: string;
  /** An earlier (closed) case to read; null for the person's active case. */
  caseId: string | null;
  /** The tab to open on. */
  section: CaseSection;
}

/**
 * One person's second opinion: an explanation and a start button before there is a case, then the case
 * with its checklist, requests, questions, visit notes and the two opinions. A case is closed when it is
 * over (everything kept); the earlier ones are listed below, to read as they were or to reopen.
 */
export function CaseScreen({ personId, caseId, section }: CaseScreenProps) {
  const api = useApi();
  const toast = useToast();
  const { navigate } = useNavigation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const state = useCase(personId, caseId);
  const [justStarted, setJustStarted] = useState(false);
  const [changing, setChanging] = useState<Case | null>(null);
  const name = person?.name ?? 'This person';
  const detail = state.detail;
  const kase = detail?.case;
  const closed = kase?.status === 'closed';
  // The case on screen is the freshest word (the list is not reloaded after starting a new case).
  const active = kase?.status === 'active' ? kase : (state.cases.find((c) => c.status === 'active') ?? null);
  const earlier = state.cases.filter((c) => c.status === 'closed' && c.id !== kase?.id);

  async function start() {
    const failed = state.apply(await api.call(CASE_CALLS.create, { personId }));
    if (!failed) setJustStarted(true);
    return failed;
  }

  /** After closing or reopening: the person's active case (if any), with the earlier ones below. */
  async function statusChanged(change: Case) {
    setChanging(null);
    toast({
      message:
        change.status === 'active'
          ? 'The second opinion was closed. It is kept under “Earlier second opinions”.'
          : 'The second opinion is open again.',
    });
    if (caseId) navigate({ screen: 'case', personId });
    else await state.reload();
  }

  const earlierCases = (
    <EarlierCases
      cases={earlier}
      onOpen={(c) => navigate({ screen: 'case', personId, caseId: c.id })}
      onReopen={setChanging}
    />
  );

  const facts = kase
    ? [
        kase.diagnosis,
        kase.appointmentDate
          ? `Appointment ${dateOrDash(kase.appointmentDate)}${kase.appointmentTime ? ` at ${kase.appointmentTime}` : ''}`
          : 'No appointment booked yet',
        kase.secondDoctor ?? kase.secondFacility,
      ].filter(Boolean)
    : [];

  return (
    <div className="page case">
      {caseId ? (
        <BackLink onClick={() => navigate({ screen: 'case', personId })}>Back to the second opinion</BackLink>
      ) : (
        <BackLink onClick={() => navigate({ screen: 'binder', personId, tab: 'documents' })}>
          {person ? `${person.name}’s binder` : 'Back to the binder'}
        </BackLink>
      )}
      <div className="page__head">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {closed ? `${name}’s earlier second opinion` : `${name}’s second opinion`}
          </h1>
          <p className="lead">
            {state.status === 'loading' && 'Opening…'}
            {state.status === 'none' && 'Get ready for the visit: the records, the questions, the notes.'}
            {facts.join(' · ')}
          </p>
        </div>
        {kase && !closed && (
          <Button variant="quiet" onClick={() => setChanging(kase)}>
            Close this case
          </Button>
        )}
      </div>
      {state.status === 'failed' && (
        <Notice tone="error" title="The second opinion could not be opened.">
          <p>{state.error}</p>
          <Button onClick={() => void state.reload()}>Try again</Button>
        </Notice>
      )}
      {kase && closed && (
        <div className="case-closed">
          <Notice
            tone="info"
            title={`Closed on ${formatLongDate(kase.updatedAt.slice(0, 10))}.`}
            live={false}
          >
            <p>This second opinion is kept as it was. Reopen it to change it.</p>
          </Notice>
          <Button onClick={() => setChanging(kase)}>Reopen this case</Button>
        </div>
      )}
      {/* Without an open case the earlier ones come first: they are what was just closed. */}
      {state.status === 'none' && earlierCases}
      {state.status === 'none' && <CaseIntro personId={personId} name={name} onStart={start} />}
      {detail && (
        <CaseWorkspace
          personId={personId}
          detail={detail}
          state={state}
          startWithDetails={justStarted}
          initialSection={section}
          readOnly={closed}
        />
      )}
      {detail && earlierCases}
      {changing && (
        <CaseStatusDialog
          kase={changing}
          name={caseName(changing)}
          replacesActive={changing.status === 'closed' && active !== null}
          onDone={() => void statusChanged(changing)}
          onClose={() => setChanging(null)}
        />
      )}
    </div>
  );
}
