import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import type { AudioInfo } from '../import/audio/audio-info.ts';
import { recordingTitle } from '../import/audio/recording-title.ts';
import type { DocumentFacts } from './document-facts.service.ts';

/** Where recordings are filed: they are the notes of a visit, in sound. */
export const RECORDING_CATEGORY: CategoryId = 'visit_notes';

/**
 * What CareBinder knows about an audio recording without listening to it: filed under visit notes (not
 * guessed from text, so never sent to review), a plain title with its length, and the recording day when
 * the container keeps one. Nobody is named in it as far as CareBinder can tell.
 */
export function recordingFacts(info: AudioInfo | null): DocumentFacts {
  const scores = Object.fromEntries(CATEGORY_IDS.map((c) => [c, c === RECORDING_CATEGORY ? 1 : 0])) as Record<
    CategoryId,
    number
  >;
  return {
    classification: {
      category: RECORDING_CATEGORY,
      confidence: 1,
      scores,
      evidence: [],
      needsReview: false,
    },
    date: info?.recordedOn ?? null,
    title: recordingTitle(info?.durationSeconds ?? null),
    facility: null,
    clinician: null,
    printed: null,
  };
}
