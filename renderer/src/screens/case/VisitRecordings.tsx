import { useRef, useState } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type CaseRecording } from '../../../../shared/schemas/case.schema.ts';
import { useApi, useFileIntake } from '../../api/api-provider.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { importRecording } from './recording-intake.ts';

/** What the file chooser offers: the formats CareBinder keeps (it checks the bytes, not the name). */
const AUDIO_FILES = 'audio/*,.m4a,.mp3,.wav,.ogg,.opus,.webm,.aac';

export interface VisitRecordingsProps {
  personId: string;
  detail: CaseDetail;
  apply: (result: Result<CaseDetail>) => string | null;
  onOpenDocument: (documentId: string) => void;
  /** A closed case: its recordings can be played, not added or removed. */
  readOnly: boolean;
}

/** "recorded 2 April 2026" when the recording says, else the day it was added. */
function when(recording: CaseRecording): string {
  return recording.date
    ? `recorded ${formatLongDate(recording.date)}`
    : `added ${formatLongDate(recording.addedOn)}`;
}

/**
 * Audio recordings of the appointment, kept with the visit notes: added through the same intake as the
 * import screen (so they are encrypted in the binder like any document), listed with their date, and
 * opened in the document viewer to play.
 */
export function VisitRecordings({ personId, detail, apply, onOpenDocument, readOnly }: VisitRecordingsProps) {
  const api = useApi();
  const intake = useFileIntake();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const caseId = detail.case.id;
  const recordings = detail.recordings;

  async function add(file: File) {
    if (!intake) return;
    setBusy(true);
    setFailure(null);
    const imported = await importRecording(api, intake, personId, file);
    const failed = imported.ok
      ? apply(await api.call(CASE_CALLS.addRecording, { caseId, documentId: imported.documentId }))
      : imported.message;
    setBusy(false);
    setFailure(failed);
    if (!failed) toast({ message: 'The recording was added to the visit notes.' });
  }

  async function remove(recording: CaseRecording) {
    const failed = apply(await api.call(CASE_CALLS.removeRecording, { caseId, documentId: recording.id }));
    toast({
      message: failed ?? `“${recording.title}” was taken off the visit notes. It stays in the binder.`,
    });
  }

  return (
    <section aria-labelledby="recordings-title" className="stack case-recordings">
      <div>
        <h3 id="recordings-title">Recordings</h3>
        {!readOnly && (
          <p className="muted">
            Some doctors agree to the visit being recorded — ask first. Recordings are kept encrypted in the
            binder with the visit notes.
          </p>
        )}
      </div>
      {recordings.length === 0 ? (
        <p className="muted">No recordings{readOnly ? ' were kept with this visit.' : ' yet.'}</p>
      ) : (
        <ul className="case-docs" aria-label="Recordings of the visit">
          {recordings.map((recording) => (
            <li key={recording.id}>
              <button type="button" className="link-button" onClick={() => onOpenDocument(recording.id)}>
                {recording.title}
              </button>
              <span className="muted"> · {when(recording)}</span>
              {!readOnly && (
                <Button variant="quiet" onClick={() => void remove(recording)}>
                  Remove<span className="visually-hidden"> {recording.title} from the visit notes</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && intake && (
        <div className="actions-row">
          <Button busy={busy} busyLabel="Adding the recording…" onClick={() => input.current?.click()}>
            <PlusIcon /> Add a recording
          </Button>
          <input
            ref={input}
            type="file"
            accept={AUDIO_FILES}
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Recording to add"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void add(file);
            }}
          />
        </div>
      )}
      {failure && (
        <Notice tone="error" title="The recording was not added.">
          <p>{failure}</p>
        </Notice>
      )}
    </section>
  );
}
