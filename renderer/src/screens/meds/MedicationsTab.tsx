import { useRef, useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { Medication, MedicationSuggestion, Regimen } from '../../../../shared/schemas/meds.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { formatPartialDate } from '../../lib/partial-dates.ts';
import { useRefocus } from '../../lib/use-refocus.ts';
import { Button } from '../../ui/Button.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { CycleDialog } from './CycleDialog.tsx';
import { MedEventDialog } from './MedEventDialog.tsx';
import { MedHistoryTable } from './MedHistoryTable.tsx';
import { MedicationDialog } from './MedicationDialog.tsx';
import { describeProgress } from './regimen-form.ts';
import { MedTimeline } from './MedTimeline.tsx';
import { RegimenDialog } from './RegimenDialog.tsx';
import { RegimenList } from './RegimenList.tsx';
import { SuggestionList } from './SuggestionList.tsx';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; suggestion: MedicationSuggestion }
  | { kind: 'event'; medication: Medication }
  | { kind: 'medicine'; medication: Medication }
  | { kind: 'regimen' }
  | { kind: 'cycle'; regimen: Regimen }
  | null;

/** "8 mg · every 8 hours · since March 2025". */
function describeCurrent(med: Medication): string {
  const last = med.periods.at(-1);
  const parts = [
    last?.state === 'paused' ? 'Paused' : null,
    last?.dose ?? med.strength,
    last?.frequency,
    last?.from ? `since ${formatPartialDate(last.from)}` : null,
  ];
  return parts.filter(Boolean).join(' · ') || 'No dose recorded';
}

/**
 * The medication history: current medicines, chemotherapy regimens with their cycles, a timeline, the full
 * history and suggestions from documents.
 */
export function MedicationsTab({ personId }: { personId: string }) {
  const api = useApi();
  const toast = useToast();
  const meds = useCall(CALLS.medsList, { personId });
  const suggestions = useCall(CALLS.medsSuggestions, { personId });
  const regimens = useCall(CALLS.regimensList, { personId });
  const [open, setOpen] = useState<Open>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const suggestedRef = useRef<HTMLHeadingElement>(null);
  const refocus = useRefocus();
  // A suggestion that was accepted or dismissed leaves the list, and focus with it: carry on from the
  // suggestions' heading, or the tab's when none are left.
  const refocusSuggestions = () => refocus(() => suggestedRef.current ?? headingRef.current);

  const reloadAll = async () => {
    await Promise.all([meds.reload(), suggestions.reload(), regimens.reload()]);
  };

  const saved = async (med: Medication, message: string) => {
    // Closed first, so focus goes back to the button that opened the dialog before a reload can remove it.
    setOpen(null);
    await reloadAll();
    refocusSuggestions();
    toast({
      message: med.known
        ? message
        : `${message} “${med.name}” is not in CareBinder’s list of medicines — check the spelling.`,
    });
  };

  async function accept(s: MedicationSuggestion) {
    setBusyId(s.id);
    const result = await api.call(CALLS.medsAcceptSuggestion, { id: s.id });
    setBusyId(null);
    if (result.ok) await saved(result.value, `${result.value.name} was added to the medication list.`);
    else toast({ message: result.error.message });
  }

  async function dismiss(s: MedicationSuggestion) {
    const result = await api.call(CALLS.medsDismissSuggestion, { id: s.id });
    if (!result.ok) return toast({ message: result.error.message });
    await suggestions.reload();
    refocusSuggestions();
    toast({ message: `The suggestion of ${s.name} was dismissed.` });
  }

  const regimenSaved = async (message: string) => {
    await regimens.reload();
    setOpen(null);
    toast({ message });
  };

  const list = meds.value;
  const current = list?.filter((m) => m.current) ?? [];
  const regimenList = regimens.value ?? [];
  const regimenName = (id: string | null) => regimenList.find((r) => r.id === id)?.name;
  const loadError = meds.error ?? suggestions.error ?? regimens.error;

  return (
    <div className="stack meds">
      <div className="section-head">
        <h2 ref={headingRef} tabIndex={-1}>
          Medicines
        </h2>
        <Button variant="primary" onClick={() => setOpen({ kind: 'add' })}>
          <PlusIcon /> Add a medicine
        </Button>
      </div>
      {loadError && <Notice tone="error">{loadError}</Notice>}

      {suggestions.value && suggestions.value.length > 0 && (
        <section aria-labelledby="suggested-title" className="stack">
          {/* One grid item, so the explanation stays with its heading rather than a full gap below it. */}
          <div className="section-intro">
            <h3 id="suggested-title" ref={suggestedRef} tabIndex={-1}>
              Found in your documents
            </h3>
            <p className="muted">Check each one against the document before you accept it.</p>
          </div>
          <SuggestionList
            suggestions={suggestions.value}
            medications={list ?? []}
            busyId={busyId}
            onAccept={(s) => void accept(s)}
            onEdit={(s) => setOpen({ kind: 'edit', suggestion: s })}
            onDismiss={(s) => void dismiss(s)}
          />
        </section>
      )}

      {list && (
        <>
          <section aria-labelledby="current-title">
            <h3 id="current-title">Taking now</h3>
            {current.length === 0 ? (
              <p className="muted">No medicines are recorded as being taken now.</p>
            ) : (
              <ul className="current-meds">
                {current.map((m) => (
                  <li key={m.id} className="current-med">
                    <div>
                      <p className="current-med__name">
                        {m.name}
                        {m.generic && m.generic.toLowerCase() !== m.name.toLowerCase() && ` (${m.generic})`}
                      </p>
                      <p className="muted">{describeCurrent(m)}</p>
                      {m.regimenId && regimenName(m.regimenId) && (
                        <p className="muted">Part of {regimenName(m.regimenId)}</p>
                      )}
                      {!m.known && (
                        <p className="muted">Not in CareBinder’s list of medicines — check the spelling.</p>
                      )}
                    </div>
                    <div className="actions-row">
                      <Button onClick={() => setOpen({ kind: 'event', medication: m })}>
                        Record a change<span className="visually-hidden"> to {m.name}</span>
                      </Button>
                      <Button variant="quiet" onClick={() => setOpen({ kind: 'medicine', medication: m })}>
                        Edit<span className="visually-hidden"> {m.name}</span>
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="regimens-title" className="stack">
            <div className="section-head">
              <h3 id="regimens-title">Chemotherapy regimens</h3>
              <Button onClick={() => setOpen({ kind: 'regimen' })}>
                <PlusIcon /> Add a regimen
              </Button>
            </div>
            {regimens.value && regimenList.length === 0 && (
              <p className="muted">
                None recorded. A regimen is a set of cancer medicines given in rounds called cycles, such as
                AC-T or FOLFOX. Add one to keep track of each cycle and its date.
              </p>
            )}
            {regimenList.length > 0 && (
              <RegimenList
                regimens={regimenList}
                medications={list}
                onRecordCycle={(regimen) => setOpen({ kind: 'cycle', regimen })}
              />
            )}
          </section>
          {list.length > 0 && (
            <>
              <section aria-labelledby="timeline-title">
                <h3 id="timeline-title">Timeline</h3>
                <MedTimeline medications={list} />
              </section>
              <section aria-labelledby="history-title">
                <h3 id="history-title">Full history</h3>
                <MedHistoryTable medications={list} />
                <div className="actions-row stopped-meds">
                  {list
                    .filter((m) => !m.current)
                    .flatMap((m) => [
                      <Button
                        key={`${m.id}-restart`}
                        variant="quiet"
                        onClick={() => setOpen({ kind: 'event', medication: m })}
                      >
                        Record that {m.name} was started again
                      </Button>,
                      <Button
                        key={`${m.id}-edit`}
                        variant="quiet"
                        onClick={() => setOpen({ kind: 'medicine', medication: m })}
                      >
                        Edit {m.name}
                      </Button>,
                    ])}
                </div>
              </section>
            </>
          )}
        </>
      )}

      {(open?.kind === 'add' || open?.kind === 'edit') && (
        <MedicationDialog
          personId={personId}
          regimens={regimenList}
          suggestion={open.kind === 'edit' ? open.suggestion : undefined}
          onClose={() => setOpen(null)}
          onSaved={(med) => void saved(med, `${med.name} was added to the medication list.`)}
        />
      )}
      {open?.kind === 'medicine' && (
        <MedicationDialog
          personId={personId}
          regimens={regimenList}
          medication={open.medication}
          onClose={() => setOpen(null)}
          onSaved={(med) => void saved(med, `Changes to ${med.name} were saved.`)}
        />
      )}
      {open?.kind === 'regimen' && (
        <RegimenDialog
          personId={personId}
          onClose={() => setOpen(null)}
          onSaved={(regimen) => void regimenSaved(`${regimen.name} was added.`)}
        />
      )}
      {open?.kind === 'cycle' && (
        <CycleDialog
          regimen={open.regimen}
          onClose={() => setOpen(null)}
          onSaved={(regimen) => void regimenSaved(`${regimen.name}: ${describeProgress(regimen)}.`)}
        />
      )}
      {open?.kind === 'event' && (
        <MedEventDialog
          medication={open.medication}
          onClose={() => setOpen(null)}
          onSaved={(med) => void saved(med, `The change to ${med.name} was recorded.`)}
        />
      )}
    </div>
  );
}
