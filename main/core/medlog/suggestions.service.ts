import type { MedicationSuggestion, Medication } from '../../../shared/schemas/meds.schema.ts';
import { AppError } from '../errors.ts';
import { extractMedications } from '../meds/extract-meds.ts';
import { normalizeDrugName } from '../meds/drug-names.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { getDocument } from '../documents/documents.repo.ts';
import { addMedication, listMedicationLog, recordEvent, toMedication } from './medication-log.service.ts';
import { getMedication } from './medications.repo.ts';
import * as repo from './suggestions.repo.ts';

/** Categories whose documents list medicines worth proposing for the log. */
const MEDICATION_SOURCES = new Set(['medications', 'discharge', 'visit_notes', 'treatment_plan']);

function drugKey(name: string, normalized: string | null): string {
  return (normalized ?? normalizeDrugName(name)?.generic ?? name).toLowerCase().trim();
}

/**
 * Proposes the medicines named in a document (medication lists, discharge summaries, visit notes,
 * treatment plans) as suggestions, each with the page and line it came from. Called inside the import
 * transaction; a suggestion already made from the same document is not made twice.
 */
export function suggestFromDocument(
  session: VaultSession,
  personId: string,
  documentId: string,
  category: string,
  pages: { page: number; text: string }[],
): number {
  if (!MEDICATION_SOURCES.has(category)) return 0;
  let added = 0;
  for (const med of extractMedications(pages)) {
    const key = `doc:${documentId}:${drugKey(med.name, med.normalized)}:${med.strength ?? ''}:${med.dose ?? ''}`;
    const isNew = repo.insertSuggestion(session.db, {
      personId,
      documentId,
      page: med.evidence.page,
      line: med.evidence.line,
      evidence: med.evidence.text,
      name: med.name,
      normalized: med.normalized,
      strength: med.strength,
      dose: med.dose,
      route: med.route,
      frequency: med.frequency,
      perDay: med.perDay,
      start: med.start,
      stop: med.stop,
      recordKey: key,
    });
    if (isNew) added++;
  }
  return added;
}

/** Suggestions of the same drug at the same dose from the same date are one, whichever document said it. */
function sameMedicine(
  row: Pick<repo.SuggestionRow, 'name' | 'normalized' | 'dose' | 'strength' | 'start'>,
): string {
  return `${drugKey(row.name, row.normalized)}|${row.dose ?? row.strength ?? ''}|${row.start ?? ''}`;
}

/** Two date spans overlap (open ends run to the present; partial dates compare as written). */
function overlaps(
  aFrom: string | null,
  aTo: string | null,
  bFrom: string | null,
  bTo: string | null,
): boolean {
  const lo = (d: string | null) => d ?? '0000';
  const hi = (d: string | null) => d ?? '9999';
  return lo(aFrom) <= hi(bTo) && lo(bFrom) <= hi(aTo);
}

function matchAndConflict(
  row: repo.SuggestionRow,
  log: Medication[],
): Pick<MedicationSuggestion, 'matchesMedicationId' | 'conflict'> {
  const key = drugKey(row.name, row.normalized);
  const match = log.find((m) => drugKey(m.name, m.generic) === key);
  if (!match) return { matchesMedicationId: null, conflict: null };
  const dose = row.dose ?? row.strength;
  const clash = match.periods.find(
    (p) =>
      p.state === 'taking' &&
      p.dose &&
      dose &&
      p.dose.replace(/\s+/g, '') !== dose.replace(/\s+/g, '') &&
      overlaps(p.from, p.to, row.start, row.stop),
  );
  return {
    matchesMedicationId: match.id,
    conflict: clash
      ? `The log has ${match.name} ${clash.dose} for ${clash.from ?? 'an earlier time'} – ${clash.to ?? 'now'}; this document says ${dose}.`
      : null,
  };
}

/** Pending suggestions with the document they came from and how they relate to the log. */
export function listPendingSuggestions(session: VaultSession, personId: string): MedicationSuggestion[] {
  const log = listMedicationLog(session, personId);
  const seen = new Set<string>();
  const out: MedicationSuggestion[] = [];
  for (const row of repo.listSuggestions(session.db, personId)) {
    // The same drug at the same dose from several documents is one suggestion (the first source shown).
    const dedupe = sameMedicine(row);
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({
      id: row.id,
      documentId: row.documentId,
      documentTitle: row.documentId ? (getDocument(session.db, row.documentId)?.title ?? null) : null,
      page: row.page,
      evidence: row.evidence,
      name: row.name,
      normalized: row.normalized,
      strength: row.strength,
      dose: row.dose,
      route: row.route,
      frequency: row.frequency,
      start: row.start,
      stop: row.stop,
      ...matchAndConflict(row, log),
    });
  }
  return out;
}

/**
 * Accepts a suggestion (with the person's edits). A drug already in the log gets a dose-change event when
 * the dose differs, otherwise the suggestion just confirms it; a new drug is added linked to its source.
 * Every identical suggestion (the same drug and dose from other documents) is resolved with it.
 */
export function acceptSuggestion(
  session: VaultSession,
  id: string,
  edits: {
    name?: string;
    dose?: string | null;
    frequency?: string | null;
    route?: string | null;
    start?: string | null;
    stop?: string | null;
    strength?: string | null;
  },
): Medication {
  const row = repo.getSuggestion(session.db, id);
  if (!row || row.status !== 'pending')
    throw new AppError('NOT_FOUND', 'That suggestion was already dealt with.');
  const merged = {
    ...row,
    ...Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined)),
  } as repo.SuggestionRow;
  return session.db.transaction(() => {
    const { matchesMedicationId } = matchAndConflict(merged, listMedicationLog(session, row.personId));
    let medication: Medication;
    if (matchesMedicationId) {
      const existing = toMedication(session, getMedication(session.db, matchesMedicationId)!);
      const lastDose = existing.periods.at(-1)?.dose ?? null;
      const dose = merged.dose ?? merged.strength;
      if (dose && dose !== lastDose) {
        const kind = existing.current ? 'change' : 'restart';
        medication = recordEvent(session, {
          medicationId: existing.id,
          kind,
          date: merged.start,
          dose,
          frequency: merged.frequency,
          reason: 'From a document',
        });
      } else medication = existing;
    } else {
      medication = addMedication(
        session,
        {
          personId: row.personId,
          name: merged.name,
          strength: merged.strength,
          dose: merged.dose,
          route: merged.route,
          frequency: merged.frequency,
          start: merged.start,
          stop: merged.stop,
        },
        {
          sourceKind: row.recordKey.startsWith('portal:') ? 'portal' : 'document',
          sourceDocumentId: row.documentId,
          sourcePage: row.page,
          sourceText: row.evidence,
        },
      );
    }
    const dedupe = sameMedicine(row);
    for (const twin of repo.listSuggestions(session.db, row.personId)) {
      if (sameMedicine(twin) === dedupe) {
        repo.resolveSuggestion(session.db, twin.id, 'accepted', medication.id);
      }
    }
    repo.resolveSuggestion(session.db, id, 'accepted', medication.id);
    return medication;
  })();
}

export function dismissSuggestion(session: VaultSession, id: string): void {
  const row = repo.getSuggestion(session.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That suggestion was already dealt with.');
  repo.resolveSuggestion(session.db, id, 'dismissed', null);
}
