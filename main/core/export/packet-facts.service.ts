import type { Question } from '../../../shared/schemas/case.schema.ts';
import type { Medication, Regimen } from '../../../shared/schemas/meds.schema.ts';
import type { Person } from '../../../shared/schemas/people.schema.ts';
import { activeCase } from '../cases/cases.repo.ts';
import { listQuestions } from '../cases/questions.repo.ts';
import { getDocument } from '../documents/documents.repo.ts';
import { listPages } from '../documents/pages.repo.ts';
import { listMedicationLog } from '../medlog/medication-log.service.ts';
import { listRegimens } from '../medlog/regimens.service.ts';
import { listClinicalItems } from '../records/records.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import type { PacketSelection } from './export-selection.service.ts';
import { extractPathologyFindings, type QuotedFinding } from './pathology-findings.ts';

/** A statement for the overview and where it comes from ("Surgical pathology report, 2026-02-03, page 2"). */
export interface SourcedLine {
  text: string;
  source: string | null;
}

/** Everything the summary says about the person, each item traceable to a record or a document. */
export interface PacketFacts {
  person: Person;
  /** From the problem list (records) and as stated in pathology reports' diagnosis sections. */
  diagnoses: (SourcedLine & { from: 'problem-list' | 'report' })[];
  findings: (SourcedLine & { kind: QuotedFinding['kind'] })[];
  treatment: SourcedLine[];
  medications: Medication[];
  allergies: SourcedLine[];
  /** The active case's questions for the doctor: still open first, then answered, each in list order. */
  questions: Pick<Question, 'text' | 'answered' | 'answer' | 'answeredOn'>[];
  preparedBy: string;
  preparedAt: Date;
}

const FINDING_CATEGORIES = new Set(['pathology', 'genomics']);

/**
 * Gathers the overview of one person's packet: diagnoses from their problem list and from the pathology
 * reports' diagnosis sections, key pathology findings, treatment so far, medicines, allergies and the
 * questions of their active second-opinion case. Reads only that person's records and the selected documents.
 */
export function gatherPacketFacts(
  session: VaultSession,
  selection: PacketSelection,
  preparedBy: string | undefined,
  preparedAt: Date,
): PacketFacts {
  const { person, documents } = selection;
  const items = listClinicalItems(session.db, person.id);
  const sourceOf = (documentId: string | null, date: string | null, page?: number): string | null => {
    const doc = documentId ? getDocument(session.db, documentId) : null;
    const own = doc && doc.personId === person.id ? doc : null;
    const when = own?.docDate ?? date;
    // Automatic titles often end with the date already ("…, 2026-02-03").
    const dated = when && !own?.title.includes(when) ? when : null;
    const parts = [own?.title, dated, page ? `page ${page}` : null].filter(Boolean);
    return parts.length ? parts.join(', ') : null;
  };

  const diagnoses: PacketFacts['diagnoses'] = items
    .filter((i) => i.kind === 'problem')
    .map((i) => ({
      text: [i.name, i.status].filter(Boolean).join(' — '),
      source: sourceOf(i.documentId, i.date),
      from: 'problem-list' as const,
    }));
  const findings: PacketFacts['findings'] = [];
  for (const { row, category } of documents) {
    if (!FINDING_CATEGORIES.has(category)) continue;
    const quoted = extractPathologyFindings(
      listPages(session.db, row.id).map((p) => ({ pageNo: p.pageNo, text: p.text })),
    );
    for (const q of quoted) {
      const line = { text: q.text, source: sourceOf(row.id, row.docDate, q.pageNo) };
      if (q.kind === 'diagnosis') diagnoses.push({ ...line, from: 'report' });
      else findings.push({ ...line, kind: q.kind });
    }
  }

  const treatment: SourcedLine[] = [
    ...items
      .filter((i) => i.kind === 'procedure')
      .map((i) => ({ text: i.name, source: sourceOf(i.documentId, i.date) })),
    ...documents
      .filter((d) => d.category === 'operative' || d.category === 'treatment_plan')
      .map((d) => ({ text: d.row.title, source: d.row.docDate ?? 'undated' })),
    ...listRegimens(session, person.id).map(regimenLine),
  ];

  return {
    person,
    diagnoses,
    findings,
    treatment,
    medications: listMedicationLog(session, person.id),
    allergies: items
      .filter((i) => i.kind === 'allergy')
      .map((i) => ({
        text: [i.name, i.detail].filter(Boolean).join(' — '),
        source: sourceOf(i.documentId, i.date),
      })),
    questions: caseQuestions(session, person.id),
    preparedBy: preparedBy?.trim() || `${person.name} or their caregiver, with CareBinder`,
    preparedAt,
  };
}

function caseQuestions(session: VaultSession, personId: string): PacketFacts['questions'] {
  const kase = activeCase(session.db, personId);
  if (!kase) return [];
  const questions = listQuestions(session.db, kase.id).map(({ text, answered, answer, answeredOn }) => ({
    text,
    answered,
    answer,
    answeredOn,
  }));
  return [...questions.filter((q) => !q.answered), ...questions.filter((q) => q.answered)];
}

function regimenLine(regimen: Regimen): SourcedLine {
  const dates = regimen.cycles.map((c) => c.date).sort();
  const cycles = regimen.totalCycles
    ? `${regimen.cycles.length} of ${regimen.totalCycles} cycles`
    : `${regimen.cycles.length} cycles`;
  const span = dates.length ? `${dates[0]} to ${dates.at(-1)}` : null;
  return { text: `${regimen.name}: ${cycles} recorded`, source: span };
}
