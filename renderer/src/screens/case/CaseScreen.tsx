import { useState } from 'react';
import { CASE_CALLS } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { CaseIntro } from './CaseIntro.tsx';
import { CaseWorkspace } from './CaseWorkspace.tsx';
import { dateOrDash } from './case-words.ts';
import { useCase } from './use-case.ts';
import '../../styles/case.css';

/**
 * One person's second opinion: an explanation and a start button before there is a case, then the case
 * with its checklist, requests, questions, visit notes and the two opinions.
 */
export function CaseScreen({ personId }: { personId: string }) {
  const api = useApi();
  const { navigate } = useNavigation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const state = useCase(personId);
  const [justStarted, setJustStarted] = useState(false);
  const name = person?.name ?? 'This person';
  const detail = state.detail;

  async function start() {
    const failed = state.apply(await api.call(CASE_CALLS.create, { personId }));
    if (!failed) setJustStarted(true);
    return failed;
  }

  const kase = detail?.case;
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
      <BackLink onClick={() => navigate({ screen: 'binder', personId, tab: 'documents' })}>
        {person ? `${person.name}’s binder` : 'Back to the binder'}
      </BackLink>
      <div className="page__head">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {name}’s second opinion
          </h1>
          <p className="lead">
            {state.status === 'loading' && 'Opening…'}
            {state.status === 'none' && 'Get ready for the visit: the records, the questions, the notes.'}
            {facts.join(' · ')}
          </p>
        </div>
      </div>
      {state.status === 'failed' && (
        <Notice tone="error" title="The second opinion could not be opened.">
          <p>{state.error}</p>
          <Button onClick={() => void state.reload()}>Try again</Button>
        </Notice>
      )}
      {state.status === 'none' && <CaseIntro personId={personId} name={name} onStart={start} />}
      {detail && (
        <CaseWorkspace personId={personId} detail={detail} state={state} startWithDetails={justStarted} />
      )}
    </div>
  );
}
