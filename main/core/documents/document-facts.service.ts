import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import type { PortalExport } from '../portal/portal.types.ts';
import { classifyText, type ClassificationResult } from '../classify/classifier.ts';
import {
  createLearnedModel,
  exampleCount,
  learnedModelFromJson,
  learnExample,
  type LearnedModel,
} from '../classify/learned-model.ts';
import { extractDocumentDate } from '../extract/document-date.ts';
import { makeDocumentTitle } from '../extract/document-title.ts';
import { extractPatientIdentity, type PatientIdentity } from '../extract/patient-identity.ts';
import { extractClinician, extractFacility } from '../extract/provenance.ts';
import { listPeople } from '../people/people.service.ts';
import { readSetting, writeSetting } from '../settings/settings.repo.ts';
import type { saveFacts } from './documents.repo.ts';
import { getSettings } from '../settings/settings.service.ts';
import type { VaultSession } from '../vault/vault-session.ts';

const LEARNED_KEY = 'classifier-learned';

/** What CareBinder reads about a document: its category and the facts printed on it. */
export interface DocumentFacts {
  classification: ClassificationResult;
  date: string | null;
  title: string;
  facility: string | null;
  clinician: string | null;
  printed: PatientIdentity | null;
}

/** The model learned from this vault's confirmed categories (stored inside the encrypted database). */
export function loadLearnedModel(session: VaultSession): LearnedModel {
  const raw = readSetting(session.db, LEARNED_KEY);
  return raw ? learnedModelFromJson(JSON.parse(raw)) : createLearnedModel();
}

/**
 * Learns from a category a person confirmed or chose. Only ever called from a person's action: the
 * classifier's own guesses are never learned from, so it cannot reinforce its mistakes.
 */
export function learnConfirmedCategory(session: VaultSession, text: string, category: CategoryId): number {
  const model = learnExample(loadLearnedModel(session), text, category);
  writeSetting(session.db, LEARNED_KEY, JSON.stringify(model));
  return exampleCount(model);
}

export function learnedExampleCount(session: VaultSession): number {
  return exampleCount(loadLearnedModel(session));
}

/**
 * Facts of a portal export come from its structure, not from guessing: the document type's LOINC code
 * decides the category and the patient is the one the export names.
 */
export function portalFacts(session: VaultSession, data: PortalExport): DocumentFacts {
  const base = readDocumentFacts(session, data.rendering.text);
  const scores = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, c === data.category ? 0.99 : 0.01 / (CATEGORY_IDS.length - 1)]),
  ) as Record<CategoryId, number>;
  const typeLabel = data.loinc ? `${data.documentType} (LOINC ${data.loinc})` : data.documentType;
  return {
    ...base,
    classification: {
      category: data.category,
      confidence: 0.99,
      scores,
      evidence: [typeLabel],
      needsReview: false,
    },
    title: [data.title ?? data.documentType, base.date].filter(Boolean).join(', '),
    printed: {
      name: data.patient.name,
      birthDate: data.patient.birthDate,
      recordNumber: data.patient.identifiers?.[0]?.value ?? null,
    },
  };
}

/** Classifies a document's text and reads its date, source and printed patient. */
export function readDocumentFacts(session: VaultSession, text: string): DocumentFacts {
  const classification = classifyText(text, { learned: loadLearnedModel(session) });
  // The family's birth dates are never a document's date.
  const birthDates = listPeople(session, true)
    .map((p) => p.birthDate)
    .filter((d): d is string => d !== null);
  const date = extractDocumentDate(text, {
    excludeDates: birthDates,
    dayFirst: getSettings(session).dateOrder === 'day-first',
  });
  return {
    classification,
    date,
    title: makeDocumentTitle({ category: classification.category, text, date }),
    facility: extractFacility(text),
    clinician: extractClinician(text),
    printed: extractPatientIdentity(text),
  };
}

/** The columns of `saveFacts` from what was read. */
export function factsToColumns(facts: DocumentFacts): Parameters<typeof saveFacts>[2] {
  return {
    category: facts.classification.category,
    confidence: facts.classification.confidence,
    scores: facts.classification.scores,
    evidence: facts.classification.evidence,
    title: facts.title,
    docDate: facts.date,
    facility: facts.facility,
    clinician: facts.clinician,
    printedName: facts.printed?.name ?? null,
    printedBirthDate: facts.printed?.birthDate ?? null,
    printedRecordNumber: facts.printed?.recordNumber ?? null,
  };
}
