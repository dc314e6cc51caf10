import type {
  Medication,
  MedicationEventInput,
  MedicationInput,
} from '../../../shared/schemas/meds.schema.ts';
import { AppError } from '../errors.ts';
import { normalizeDrugName } from '../meds/drug-names.ts';
import { parseSig } from '../meds/sig-parse.ts';
import { getPerson } from '../people/people.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { periodsFromEvents } from './medication-periods.ts';
import * as repo from './medications.repo.ts';

const notFound = () => new AppError('NOT_FOUND', 'That medicine is not in the log any more.');

type Describing = Omit<MedicationInput, 'personId' | 'dose' | 'frequency' | 'start' | 'stop'>;

/** What describes a medicine (not its history), with names resolved and empty fields as null. */
function describing(input: Describing) {
  return {
    ...names(input.name),
    strength: input.strength ?? null,
    form: input.form ?? null,
    reason: input.reason ?? null,
    prescriber: input.prescriber ?? null,
    pharmacy: input.pharmacy ?? null,
    notes: input.notes ?? null,
    sideEffects: input.sideEffects ?? null,
    regimenId: input.regimenId ?? null,
  };
}

/** Brand and generic names from the bundled list; unknown names are kept as typed and flagged. */
function names(name: string) {
  const normalized = normalizeDrugName(name);
  return {
    name: name.trim(),
    generic: normalized?.generic ?? null,
    brand: normalized?.brand ?? null,
    known: normalized?.known ? 1 : 0,
  };
}

export function toMedication(session: VaultSession, row: repo.MedicationRow): Medication {
  const events = repo.listEvents(session.db, row.id);
  const { periods, current } = periodsFromEvents(events);
  return {
    id: row.id,
    personId: row.personId,
    name: row.name,
    generic: row.generic,
    brand: row.brand,
    known: row.known === 1,
    strength: row.strength,
    form: row.form,
    route: row.route,
    reason: row.reason,
    prescriber: row.prescriber,
    pharmacy: row.pharmacy,
    notes: row.notes,
    sideEffects: row.sideEffects,
    regimenId: row.regimenId,
    source: {
      kind: row.sourceKind,
      documentId: row.sourceDocumentId,
      page: row.sourcePage,
      text: row.sourceText,
    },
    events: events.map(({ medicationId: _m, ...e }) => e),
    periods,
    current,
  };
}

export function listMedicationLog(session: VaultSession, personId: string): Medication[] {
  return repo.listMedications(session.db, personId).map((row) => toMedication(session, row));
}

/** Adds a medicine with its first period (a start event, and a stop event when it already ended). */
export function addMedication(
  session: VaultSession,
  input: MedicationInput,
  source: Pick<repo.MedicationRow, 'sourceKind' | 'sourceDocumentId' | 'sourcePage' | 'sourceText'> = {
    sourceKind: 'manual',
    sourceDocumentId: null,
    sourcePage: null,
    sourceText: null,
  },
): Medication {
  if (!getPerson(session.db, input.personId))
    throw new AppError('NOT_FOUND', 'That family member is not in this vault any more.');
  const id = session.db.transaction(() => {
    const medicationId = repo.insertMedication(session.db, {
      personId: input.personId,
      ...describing(input),
      route: input.route ?? (input.frequency ? (parseSig(input.frequency).route ?? null) : null),
      ...source,
    });
    repo.insertEvent(session.db, {
      medicationId,
      date: input.start ?? null,
      kind: 'start',
      dose: input.dose ?? null,
      frequency: input.frequency ?? null,
      perDay: input.frequency ? parseSig(input.frequency).perDay : null,
      reason: null,
    });
    if (input.stop) {
      repo.insertEvent(session.db, {
        medicationId,
        date: input.stop,
        kind: 'stop',
        dose: null,
        frequency: null,
        perDay: null,
        reason: null,
      });
    }
    return medicationId;
  })();
  return toMedication(session, repo.getMedication(session.db, id)!);
}

/** Edits what describes a medicine (not its history: dose changes are events). */
export function updateMedication(session: VaultSession, id: string, input: Describing): Medication {
  const row = repo.getMedication(session.db, id);
  if (!row) throw notFound();
  repo.updateMedication(session.db, id, { ...describing(input), route: input.route ?? null });
  return toMedication(session, repo.getMedication(session.db, id)!);
}

/** Records a dose change, pause, restart or stop as an event: the history keeps what came before. */
export function recordEvent(session: VaultSession, input: MedicationEventInput): Medication {
  const row = repo.getMedication(session.db, input.medicationId);
  if (!row) throw notFound();
  const { current } = periodsFromEvents(repo.listEvents(session.db, row.id));
  if ((input.kind === 'change' || input.kind === 'pause' || input.kind === 'stop') && !current) {
    throw new AppError('INVALID_INPUT', `${row.name} is not being taken now. Record a restart first.`);
  }
  if (input.kind === 'restart' && current)
    throw new AppError('INVALID_INPUT', `${row.name} is already being taken.`);
  repo.insertEvent(session.db, {
    medicationId: row.id,
    date: input.date,
    kind: input.kind,
    dose: input.dose ?? null,
    frequency: input.frequency ?? null,
    perDay: input.frequency ? parseSig(input.frequency).perDay : null,
    reason: input.reason ?? null,
  });
  return toMedication(session, row);
}

export function deleteMedication(session: VaultSession, id: string): void {
  if (!repo.deleteMedication(session.db, id)) throw notFound();
}
