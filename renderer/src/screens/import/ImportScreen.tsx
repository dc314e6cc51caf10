import { useEffect, useRef, useState, type RefObject } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { AppEvent } from '../../../../shared/api/events.ts';
import type { ImportOutcomeDto } from '../../../../shared/schemas/documents.schema.ts';
import { useApi, useFileIntake } from '../../api/api-provider.ts';
import { useAppEvent } from '../../api/use-app-event.ts';
import { useNavigation } from '../../app/navigation.ts';
import { visibleFiles } from '../../lib/dropped-files.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { findPerson, usePeople } from '../../lib/use-people.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { Button } from '../../ui/Button.tsx';
import { UploadIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import {
  applyOutcome,
  applyProgress,
  applyStaged,
  finishRun,
  markStaging,
  newRun,
  progressOf,
  summarize,
  type ImportRun,
} from './import-run.ts';
import { ImportFileList } from './ImportFileList.tsx';

type JobEvent = Extract<AppEvent, { type: 'job:progress' | 'import:file' }>;

export interface ImportScreenProps {
  personId: string;
  /** Files dropped on the window, to import at once. */
  dropped: File[] | null;
}

/**
 * Import: choose files or a folder (or drop them on the window), then follow each file into the vault and
 * through reading, with its outcome in words, an overall progress bar and a spoken summary.
 */
export function ImportScreen({ personId, dropped }: ImportScreenProps) {
  const api = useApi();
  const intake = useFileIntake();
  const { navigate } = useNavigation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { value: people } = usePeople();
  const person = findPerson(people, personId);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [run, setRun] = useState<ImportRun | null>(null);
  const [busyNote, setBusyNote] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const jobId = useRef<string | null>(null);
  // Events of the reading job that arrive before its id is known are kept and replayed.
  const early = useRef<JobEvent[]>([]);
  const startedDrop = useRef<File[] | null>(null);
  const running = run?.state === 'adding' || run?.state === 'reading';

  const applyEvent = (current: ImportRun, event: JobEvent): ImportRun =>
    event.type === 'import:file' ? applyOutcome(current, event.outcome) : applyProgress(current, event);

  async function finishJob(id: string) {
    const result = await api.call(CALLS.jobsGet, { jobId: id });
    setRun((current) => {
      if (!current || current.jobId !== id) return current;
      if (!result.ok) return finishRun(current, 'failed', result.error.message);
      const outcomes = Array.isArray(result.value.result) ? (result.value.result as ImportOutcomeDto[]) : [];
      const applied = outcomes.reduce(applyOutcome, current);
      const { status, error } = result.value;
      const state = status === 'cancelled' || status === 'failed' ? status : 'finished';
      return finishRun(applied, state, state === 'failed' ? (error?.message ?? null) : null);
    });
  }

  useAppEvent((event) => {
    if (event.type !== 'job:progress' && event.type !== 'import:file') return;
    if (jobId.current === null) {
      if (running) early.current.push(event);
      return;
    }
    if (event.jobId !== jobId.current) return;
    setRun((current) => (current ? applyEvent(current, event) : current));
    if (event.type === 'job:progress' && event.status !== 'running') void finishJob(event.jobId);
  });

  async function start(files: File[]) {
    if (!intake || files.length === 0) return;
    if (running) {
      setBusyNote(true);
      return;
    }
    setBusyNote(false);
    const controller = new AbortController();
    abort.current = controller;
    jobId.current = null;
    early.current = [];
    setRun(newRun(files));
    const started = await intake.importFiles(personId, files, {
      signal: controller.signal,
      onStaging: (index) => setRun((r) => r && markStaging(r, index)),
      onStaged: (index, result) => setRun((r) => r && applyStaged(r, index, result)),
    });
    if (!started.ok) {
      const state = started.error.code === 'CANCELLED' ? 'cancelled' : 'failed';
      setRun((r) => r && finishRun(r, state, state === 'failed' ? started.error.message : null));
      return;
    }
    const id = started.value.jobId;
    if (id === null) {
      setRun((r) => r && finishRun(r, 'finished', null));
      return;
    }
    jobId.current = id;
    const replay = early.current.filter((e) => e.jobId === id);
    early.current = [];
    setRun((r) => r && replay.reduce(applyEvent, { ...r, jobId: id, state: 'reading' }));
    // The job may have ended before its id was known here.
    if (replay.some((e) => e.type === 'job:progress' && e.status !== 'running')) void finishJob(id);
  }

  async function cancel() {
    abort.current?.abort();
    if (jobId.current) await api.call(CALLS.jobsCancel, { jobId: jobId.current });
  }

  // Files dropped on the window arrive through the route; start them once.
  useEffect(() => {
    if (!dropped || startedDrop.current === dropped) return;
    startedDrop.current = dropped;
    void start(dropped);
    // start() reads the latest state itself; this runs once per drop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropped]);

  const name = person?.name ?? 'this person';
  const progress = run ? progressOf(run) : null;
  const reviewCount = run?.rows.filter((r) => r.result?.kind === 'needs_review').length ?? 0;

  return (
    <div className="page page--medium">
      <BackLink onClick={() => navigate({ screen: 'binder', personId, tab: 'documents' })}>
        Back to the binder
      </BackLink>
      <h1 ref={headingRef} tabIndex={-1}>
        Import into {name}’s binder
      </h1>
      <p className="lead">
        Scans, phone photos, PDFs and patient-portal downloads (C-CDA or FHIR). Everything stays encrypted on
        this computer.
      </p>

      {!intake ? (
        <Notice tone="error" title="Files cannot be imported from this window.">
          <p>
            Close CareBinder and open it again. If this keeps happening, import with the carebinder command.
          </p>
        </Notice>
      ) : (
        <section className="drop-zone" aria-labelledby="choose-title">
          <UploadIcon className="drop-zone__icon" />
          <h2 id="choose-title">Choose what to import</h2>
          <p>Or drag files or folders onto this window.</p>
          <div className="actions-row">
            <Button
              variant="primary"
              aria-disabled={running || undefined}
              onClick={() => !running && filesInput.current?.click()}
            >
              Choose files…
            </Button>
            <Button
              aria-disabled={running || undefined}
              onClick={() => !running && folderInput.current?.click()}
            >
              Choose a folder…
            </Button>
          </div>
          {running && <p className="muted">You can add more files when this import has finished.</p>}
          <FilePicker inputRef={filesInput} label="Files to import" testId="import-files" onFiles={start} />
          <FilePicker
            inputRef={folderInput}
            folder
            label="Folder to import"
            testId="import-folder"
            onFiles={start}
          />
        </section>
      )}

      {busyNote && (
        <Notice tone="info" title="Those files were not added yet.">
          <p>An import is still running. Drop or choose them again when it has finished.</p>
        </Notice>
      )}

      {run && progress && (
        <section className="import-run" aria-labelledby="run-title">
          <div className="import-run__head">
            <h2 id="run-title">{running ? 'Importing…' : 'Import finished'}</h2>
            {running && (
              <Button variant="quiet" onClick={() => void cancel()}>
                Cancel import
              </Button>
            )}
          </div>
          <ProgressBar label="Files imported" value={progress.value} />
          <p className="import-run__summary" role="status" aria-live="polite">
            {summarize(run)}
          </p>
          {run.failure && (
            <Notice tone="error" title="The import stopped early.">
              <p>{run.failure}</p>
            </Notice>
          )}
          <ImportFileList run={run} personId={personId} />
          {!running && (
            <div className="actions-row">
              {reviewCount > 0 && (
                <Button
                  variant="primary"
                  onClick={() => navigate({ screen: 'binder', personId, tab: 'review' })}
                >
                  {reviewCount === 1
                    ? 'Review the document that needs a look'
                    : `Review the ${reviewCount} documents that need a look`}
                </Button>
              )}
              <Button onClick={() => navigate({ screen: 'binder', personId, tab: 'documents' })}>
                Go to the binder
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

interface FilePickerProps {
  inputRef: RefObject<HTMLInputElement | null>;
  /** Picks one folder (with everything in it) instead of several files. */
  folder?: boolean;
  label: string;
  testId: string;
  onFiles: (files: File[]) => Promise<void>;
}

/** The hidden file input behind a "Choose…" button; it is emptied after each pick so the same pick works again. */
function FilePicker({ inputRef, folder = false, label, testId, onFiles }: FilePickerProps) {
  return (
    <input
      ref={(el) => {
        inputRef.current = el;
        // webkitdirectory is not in React's types; set as a plain attribute.
        if (folder) el?.setAttribute('webkitdirectory', '');
      }}
      type="file"
      multiple={!folder}
      className="visually-hidden"
      tabIndex={-1}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        void onFiles(visibleFiles(event.target.files));
        event.target.value = '';
      }}
    />
  );
}
