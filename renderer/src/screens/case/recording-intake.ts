import type { CareBinderApi } from '../../../../shared/api/contract.ts';
import { importOutcomeSchema } from '../../../../shared/schemas/documents.schema.ts';
import type { FileIntake } from '../../api/file-intake.ts';
import { waitForJob } from '../../api/wait-for-job.ts';

/** What came of putting one recording into the binder: its document id, or why it could not be added. */
export type RecordingIntake = { ok: true; documentId: string } | { ok: false; message: string };

const NOT_ADDED = 'The recording could not be added. Try again, or import it from the binder.';

/**
 * Puts one audio file into the person's binder through the same intake as the import screen (uploaded in
 * the browser door, by path in the desktop app) and waits until it is filed. A recording the binder
 * already has counts as added: the existing one is used.
 */
export async function importRecording(
  api: CareBinderApi,
  intake: FileIntake,
  personId: string,
  file: File,
): Promise<RecordingIntake> {
  let documentId: string | null = null;
  let refused: string | null = null;
  const started = await intake.importFiles(personId, [file], {
    onStaged: (_index, result) => {
      if (result.ok) documentId = result.value.duplicateOf ?? result.value.documentId;
      else refused = result.error.message;
    },
  });
  if (!started.ok) return { ok: false, message: started.error.message };
  if (refused) return { ok: false, message: refused };
  if (started.value.jobId) {
    const state = await waitForJob(api, started.value.jobId);
    if (state.status !== 'done') return { ok: false, message: state.error?.message ?? NOT_ADDED };
    const outcomes = importOutcomeSchema.array().safeParse(state.result);
    const outcome = outcomes.success ? outcomes.data[0] : undefined;
    if (outcome && 'error' in outcome) return { ok: false, message: outcome.error.message };
    if (outcome) documentId = outcome.duplicateOf ?? outcome.documentId;
  }
  return documentId ? { ok: true, documentId } : { ok: false, message: NOT_ADDED };
}
