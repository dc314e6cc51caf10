import { useState } from 'react';
import { CASE_CALLS } from '../../../../shared/schemas/case.schema.ts';
import { useCall } from '../../api/use-call.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { FindDoctorHelp } from './FindDoctorHelp.tsx';

export interface CaseIntroProps {
  personId: string;
  name: string;
  /** Creates the case; resolves with the error to show, or null. */
  onStart: () => Promise<string | null>;
}

/** Before a case exists: what a second opinion is, what the binder already holds, and how to start. */
export function CaseIntro({ personId, name, onStart }: CaseIntroProps) {
  const records = useCall(CASE_CALLS.checklist, { personId });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    const failed = await onStart();
    setBusy(false);
    setFailure(failed);
  }

  const readiness = records.value?.readiness;
  return (
    <div className="stack">
      <Card className="case-intro" aria-labelledby="case-intro-title">
        <h2 id="case-intro-title">What a second opinion is</h2>
        <p>
          A second opinion is when another doctor — usually a specialist at a different hospital — looks at
          the diagnosis and the treatment plan. It is common, and most doctors welcome it. It can confirm the
          plan, or show other options, such as a clinical trial.
        </p>
        <p>
          The second doctor needs the records: the pathology report and slides, scan reports and images, the
          treatment plan, lab results and a list of every medicine with doses and dates. Patient guides say to
          send them ahead, confirm they arrived, and bring your questions written down.
        </p>
        <p>
          CareBinder helps with each step: it shows what {name}’s binder already holds, what is missing and
          whom to ask, keeps track of requests, and keeps your questions and the visit notes together.
        </p>
        {readiness && (
          <p className="case-intro__records">
            {name}’s binder so far: {readiness.ready} of {readiness.total} kinds of records
            {readiness.missing.length > 0 ? ` — missing: ${readiness.missing.join(', ')}.` : '.'}
          </p>
        )}
        <div className="actions-row">
          <Button variant="primary" busy={busy} busyLabel="Starting…" onClick={() => void start()}>
            <PlusIcon /> Start preparing for a second opinion
          </Button>
        </div>
        {failure && <Notice tone="error">{failure}</Notice>}
      </Card>
      <Card aria-label="Finding a second-opinion doctor">
        <FindDoctorHelp />
      </Card>
    </div>
  );
}
