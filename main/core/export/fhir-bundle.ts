import crypto from 'node:crypto';
import { CATEGORY_LABELS, type CategoryId } from '../../../shared/categories.ts';
import type { Medication } from '../../../shared/schemas/meds.schema.ts';
import { escapeHtml } from '../portal/html-page.ts';
import type { OutgoingDocument } from './outgoing-document.service.ts';
import type { PacketFacts } from './packet-facts.service.ts';

const LOINC = 'http://loinc.org';
/** CareBinder's own code system for the checklist categories (the ids of shared/categories.ts). */
export const CATEGORY_SYSTEM = 'https://carebinder.app/fhir/CodeSystem/checklist-category';

/** LOINC document type per category; insurance and other have none and are told by their text. */
const CATEGORY_LOINC: Partial<Record<CategoryId, { code: string; display: string }>> = {
  pathology: { code: '11526-1', display: 'Pathology study' },
  operative: { code: '11504-8', display: 'Surgical operation note' },
  discharge: { code: '18842-5', display: 'Discharge summary' },
  treatment_plan: { code: '18776-5', display: 'Plan of care note' },
  medications: { code: '10160-0', display: 'History of Medication use Narrative' },
  labs: { code: '11502-2', display: 'Laboratory report' },
  imaging: { code: '18748-4', display: 'Diagnostic imaging study' },
  genomics: { code: '51969-4', display: 'Genetic analysis report' },
  visit_notes: { code: '11506-3', display: 'Progress note' },
};

type Resource = Record<string, unknown> & { resourceType: string };
type Entry = { fullUrl: string; resource: Resource };

function entry(resource: Resource): Entry {
  const id = crypto.randomUUID();
  return { fullUrl: `urn:uuid:${id}`, resource: { ...resource, id } };
}

/** A narrative the way FHIR wants it: XHTML in a div with the XHTML namespace. */
function narrative(lines: string[]): { status: 'generated'; div: string } {
  const body = lines.length ? lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('') : '<p>None recorded.</p>';
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>` };
}

/** "50 mg" → a Quantity; other wording stays in the dosage text only. */
function quantity(dose: string | null): { value: number; unit?: string } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-zµ/%]+)?\s*$/.exec(dose ?? '');
  return match ? { value: Number(match[1]), ...(match[2] ? { unit: match[2] } : {}) } : null;
}

function medicationStatement(med: Medication, patient: string): Resource {
  const first = med.periods[0];
  const last = med.periods.at(-1);
  const dosage = med.periods.map((p, i) => {
    const amount = quantity(p.dose);
    const text = [p.dose, p.frequency, p.from ? `from ${p.from}` : null, p.to ? `to ${p.to}` : null]
      .filter(Boolean)
      .join(', ');
    return {
      sequence: i + 1,
      ...(text ? { text } : {}),
      ...(p.frequency ? { timing: { code: { text: p.frequency } } } : {}),
      ...(med.route ? { route: { text: med.route } } : {}),
      ...(amount ? { doseAndRate: [{ doseQuantity: amount }] } : {}),
    };
  });
  const period = {
    ...(first?.from ? { start: first.from } : {}),
    ...(!med.current && last?.to ? { end: last.to } : {}),
  };
  return {
    resourceType: 'MedicationStatement',
    status: med.current ? 'active' : 'completed',
    medicationCodeableConcept: { text: med.strength ? `${med.name} ${med.strength}` : med.name },
    subject: { reference: patient },
    ...(Object.keys(period).length ? { effectivePeriod: period } : {}),
    ...(med.reason ? { reasonCode: [{ text: med.reason }] } : {}),
    ...(dosage.length ? { dosage } : {}),
  };
}

function documentReference(doc: OutgoingDocument, patient: string): Resource {
  const label = CATEGORY_LABELS[doc.category];
  const loinc = CATEGORY_LOINC[doc.category];
  const date = doc.row.docDate;
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    type: { ...(loinc ? { coding: [{ system: LOINC, ...loinc }] } : {}), text: label },
    category: [{ coding: [{ system: CATEGORY_SYSTEM, code: doc.category, display: label }] }],
    subject: { reference: patient },
    // `date` is an instant (a full timestamp); a partial date goes in the context period instead.
    ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date: `${date}T00:00:00Z` } : {}),
    ...(date ? { context: { period: { start: date } } } : {}),
    content: [
      {
        attachment: {
          contentType: doc.file.mime,
          data: Buffer.from(doc.file.bytes).toString('base64'),
          title: doc.row.title,
          size: doc.file.bytes.length,
          hash: crypto.createHash('sha1').update(doc.file.bytes).digest('base64'),
        },
      },
    ],
  };
}

/** "Ada Mae Example" → given ["Ada", "Mae"], family "Example" (and the whole name as text). */
function humanName(name: string) {
  const parts = name.trim().split(/\s+/);
  return {
    use: 'official',
    text: name,
    ...(parts.length > 1 ? { family: parts.at(-1), given: parts.slice(0, -1) } : { given: parts }),
  };
}

/**
 * The packet as a FHIR R4 `document` Bundle: a Composition first (what the packet holds, with its
 * sections' narrative), the Patient, a DocumentReference per document with its category coded and the
 * file attached inline, a MedicationStatement per medicine with one dosage per period of its history,
 * and the problem list and allergies as Condition and AllergyIntolerance.
 */
export function buildFhirBundle(facts: PacketFacts, documents: OutgoingDocument[]): Resource {
  const person = facts.person;
  const patient = entry({
    resourceType: 'Patient',
    name: [humanName(person.name)],
    ...(person.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(person.birthDate)
      ? { birthDate: person.birthDate }
      : {}),
  });
  const ref = patient.fullUrl;
  const docs = documents.map((d) => entry(documentReference(d, ref)));
  const meds = facts.medications.map((m) => entry(medicationStatement(m, ref)));
  const conditions = facts.diagnoses
    .filter((d) => d.from === 'problem-list')
    .map((d) => entry({ resourceType: 'Condition', code: { text: d.text }, subject: { reference: ref } }));
  const allergies = facts.allergies.map((a) =>
    entry({ resourceType: 'AllergyIntolerance', code: { text: a.text }, patient: { reference: ref } }),
  );
  const section = (title: string, code: string, lines: string[], entries: Entry[]) => ({
    title,
    code: { coding: [{ system: LOINC, code }], text: title },
    text: narrative(lines),
    ...(entries.length ? { entry: entries.map((e) => ({ reference: e.fullUrl })) } : {}),
  });
  const when = facts.preparedAt.toISOString();
  const composition = entry({
    resourceType: 'Composition',
    status: 'final',
    type: { coding: [{ system: LOINC, code: '34133-9', display: 'Summary of episode note' }] },
    subject: { reference: ref },
    date: when,
    author: [{ display: facts.preparedBy }],
    title: `Second-opinion packet — ${person.name}`,
    section: [
      section(
        'Documents',
        '55107-7',
        documents.map(
          (d) => `${d.row.docDate ?? 'undated'} · ${CATEGORY_LABELS[d.category]} · ${d.row.title}`,
        ),
        docs,
      ),
      section(
        'Medications',
        '10160-0',
        facts.medications.map((m) => m.name),
        meds,
      ),
      section(
        'Problems',
        '11450-4',
        conditions.map((c) => String((c.resource.code as { text: string }).text)),
        conditions,
      ),
      section(
        'Allergies',
        '48765-2',
        facts.allergies.map((a) => a.text),
        allergies,
      ),
    ],
  });
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${crypto.randomUUID()}` },
    type: 'document',
    timestamp: when,
    entry: [composition, patient, ...docs, ...meds, ...conditions, ...allergies],
  };
}
