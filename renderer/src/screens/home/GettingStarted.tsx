import type { Person } from '../../../../shared/schemas/people.schema.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { CheckIcon, CircleIcon } from '../../ui/icons.tsx';

/** What the family's binders hold so far, as far as the first-run steps care. */
export interface GettingStartedProgress {
  /** The first person added (the walkthrough's later steps act on their binder). */
  person: Person;
  hasDocuments: boolean;
  hasCase: boolean;
}

interface Step {
  title: string;
  help: string;
  done: boolean;
  action?: { label: string; onAction: () => void };
}

export interface GettingStartedProps {
  progress: GettingStartedProgress;
  onImport: (person: Person) => void;
  onChecklist: (person: Person) => void;
}

/**
 * The first-run walkthrough, in the order the patient guides give it: a safe place for the records,
 * the person they belong to, the papers themselves, then the second-opinion checklist that shows what
 * is still missing. It offers only the next step, and leaves the home screen once all four are done.
 */
export function GettingStarted({ progress, onImport, onChecklist }: GettingStartedProps) {
  const { person } = progress;
  const steps: Step[] = [
    {
      title: 'Create your private binder',
      help: 'Locked with your passphrase, on this computer only.',
      done: true,
    },
    { title: 'Add a person', help: `${person.name} has a binder of their own.`, done: true },
    {
      title: 'Bring in the first papers',
      help: 'Scans, phone photos, PDFs from a patient portal — a whole folder at once is fine.',
      done: progress.hasDocuments,
      action: { label: `Import papers for ${person.name}`, onAction: () => onImport(person) },
    },
    {
      title: 'See what the second-opinion doctor needs',
      help: 'The checklist shows what is already here and what to ask for.',
      done: progress.hasCase,
      action: { label: 'Open the checklist', onAction: () => onChecklist(person) },
    },
  ];
  const next = steps.findIndex((step) => !step.done);
  if (next === -1) return null;
  const doneCount = steps.filter((s) => s.done).length;
  return (
    <Card as="section" className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title" className="getting-started__title">
        Getting started: step {next + 1} of {steps.length}
      </h2>
      <p className="visually-hidden">
        {doneCount} of {steps.length} steps done.
      </p>
      <ol className="getting-started__steps">
        {steps.map((step, index) => (
          <li
            key={step.title}
            className="getting-started__step"
            aria-current={index === next ? 'step' : undefined}
          >
            {step.done ? (
              <CheckIcon className="getting-started__icon is-done" />
            ) : (
              <CircleIcon className="getting-started__icon" />
            )}
            <div>
              <p className="getting-started__step-title">
                {step.title}
                <span className="visually-hidden">{step.done ? ' (done)' : ' (not done yet)'}</span>
              </p>
              <p className="getting-started__help">{step.help}</p>
              {index === next && step.action && (
                <Button variant="primary" onClick={step.action.onAction}>
                  {step.action.label}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
