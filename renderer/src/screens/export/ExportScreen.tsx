import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { ExportFormat, ExportStartInput } from '../../../../shared/schemas/export.schema.ts';
import { useCall } from '../../api/use-call.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import '../../styles/export.css';
import { ContentsStep } from './ContentsStep.tsx';
import {
  checkHow,
  EMPTY_CONTENTS,
  packetSelection,
  rangeSelection,
  startInput,
  type ContentsChoice,
  type HowChoice,
} from './export-form.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { ExportResultView } from './ExportResultView.tsx';
import { FormatStep } from './FormatStep.tsx';
import { PacketPreview } from './PacketPreview.tsx';
import { defaultPacketsFolder, packetFileName, renameForFormat } from './save-location.ts';
import { SaveStep } from './SaveStep.tsx';
import { useExportJob } from './use-export-job.ts';

/** The "how" choices as edited: folder and name stay null until typed, so the suggestions fill them. */
type HowDraft = Omit<HowChoice, 'folder' | 'name'> & { folder: string | null; name: string | null };

const FIRST_HOW: HowDraft = {
  format: 'pdf',
  usePassword: false,
  password: '',
  split: false,
  redact: false,
  preparedBy: '',
  folder: null,
  name: null,
  overwrite: false,
};

/**
 * Export a packet for the second-opinion doctor: (1) what goes in, with a live preview of its size,
 * (2) how to send it, (3) where to save it; then the packet is made with progress and a way to stop,
 * and the result says what was written and that it was read back intact. Nothing is ever sent.
 */
export function ExportScreen({ personId }: { personId: string }) {
  const { navigate } = useNavigation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const status = useCall(CALLS.vaultStatus, {});
  const job = useExportJob();
  const [contents, setContents] = useState<ContentsChoice>(EMPTY_CONTENTS);
  const [draft, setDraft] = useState<HowDraft>(FIRST_HOW);
  const [showErrors, setShowErrors] = useState(false);

  const available = useCall(CALLS.exportPreview, rangeSelection(personId, contents));
  const selection = available.value ? packetSelection(personId, contents, available.value) : null;
  // With nothing left out, the packet is the whole range: its preview is already loaded.
  const narrowed = selection && (selection.categories || selection.documentIds) ? selection : null;
  const packet = useCall(CALLS.exportPreview, narrowed);
  const preview = narrowed ? packet.value : selection ? available.value : null;

  const defaultFolder = status.value ? defaultPacketsFolder(status.value.vaultDir) : '';
  const how: HowChoice = {
    ...draft,
    folder: draft.folder ?? defaultFolder,
    name: draft.name ?? (available.value ? packetFileName(available.value.suggestedName, draft.format) : ''),
  };
  const errors = checkHow(how);
  const toBinder = () => navigate({ screen: 'binder', personId, tab: 'documents' });

  const changeHow = (patch: Partial<HowChoice>) =>
    setDraft((current) => {
      const next = { ...current, ...patch };
      // A typed name follows the format ("packet.pdf" becomes "packet.zip").
      if (patch.format && current.name !== null) next.name = renameForFormat(current.name, patch.format);
      return next;
    });

  function make() {
    if (!selection || Object.keys(errors).length > 0) {
      setShowErrors(true);
      // After the errors are drawn, start at the first field that needs fixing.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.export-steps [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setShowErrors(false);
    void job.start(startInput(selection, how));
  }

  const name = person?.name ?? 'this person';
  const run = job.run;

  return (
    <div className="page export">
      <BackLink onClick={toBinder}>Back to the binder</BackLink>
      <h1 ref={headingRef} tabIndex={-1}>
        Export a packet for the doctor
      </h1>
      <p className="lead">
        For {name}. Choose what goes in, how to send it, and where to save it. Nothing leaves this computer
        until you copy or send the packet yourself.
      </p>

      {run.state === 'running' && (
        <ExportProgress
          step={run.step}
          current={run.current}
          total={run.total}
          cancelling={run.cancelling}
          onCancel={() => void job.cancel()}
        />
      )}
      {run.state === 'done' && (
        <ExportResultView input={run.input} result={run.result} onAgain={job.reset} onBinder={toBinder} />
      )}
      {(run.state === 'idle' || run.state === 'failed' || run.state === 'cancelled') && (
        <div className="export-layout">
          <div className="export-steps">
            <ContentsStep available={available.value} contents={contents} onChange={setContents} />
            <FormatStep
              how={how}
              onChange={changeHow}
              overEmailLimit={preview?.overEmailLimit ?? false}
              passwordError={showErrors ? errors.password : undefined}
            />
            <SaveStep
              how={how}
              onChange={changeHow}
              folderSuggested={defaultFolder !== '' && how.folder === defaultFolder}
              errors={showErrors ? errors : {}}
            />
            {run.state !== 'idle' && <RunStopped run={run} />}
            {showErrors && !selection && (
              <Notice tone="error" title="Nothing is chosen to go in the packet.">
                <p>Tick at least one kind of document in step 1.</p>
              </Notice>
            )}
            <div className="export-go">
              <Button variant="primary" className="export-go__button" onClick={make}>
                Make the packet
              </Button>
            </div>
          </div>
          <aside className="export-aside" aria-label="Packet preview">
            <PacketPreview
              preview={preview}
              empty={available.value !== null && selection === null}
              error={available.error ?? packet.error}
            />
          </aside>
        </div>
      )}
    </div>
  );
}

/** Why the last try did not finish, focused so a keyboard or screen-reader user lands on it. */
function RunStopped({
  run,
}: {
  run:
    | { state: 'failed'; input: ExportStartInput; message: string }
    | { state: 'cancelled'; input: ExportStartInput };
}) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const format: ExportFormat = run.input.format;
  return (
    <div ref={ref} tabIndex={-1}>
      {run.state === 'failed' ? (
        <Notice tone="error" title="The packet was not made.">
          <p>{run.message}</p>
        </Notice>
      ) : (
        <Notice tone="info" title="You stopped making the packet.">
          <p>Nothing was sent anywhere.</p>
          {format === 'folder' && (
            <p>
              A half-made folder may be left here; delete it, or choose another name, before you try again:
              <code className="path path--block">{run.input.out}</code>
            </p>
          )}
        </Notice>
      )}
    </div>
  );
}
