import { parsePortalExport } from '../portal/portal-export.ts';
import type { PortalExport } from '../portal/portal.types.ts';
import { normalizeDrugName } from '../meds/drug-names.ts';
import { insertClinicalItem, insertLabResult } from '../records/records.repo.ts';
import { insertSuggestion } from '../medlog/suggestions.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import type { DocumentPage } from '../import/document-page.ts';

/** What a portal export adds besides the document itself. */
export interface PortalReading {
  export: PortalExport;
  /** One searchable page: the rendered sections as text. */
  pages: DocumentPage[];
  /** Attachments (PDFs, text) to import as documents of their own. */
  attachments: { name: string; bytes: Buffer }[];
}

/** Parses a C-CDA or FHIR file (safely: no entities, size and depth limits) into a page and attachments. */
export function readPortalFile(bytes: Uint8Array, name: string): PortalReading {
  const parsed = parsePortalExport(bytes, name);
  const attachments: PortalReading['attachments'] = [];
  parsed.documents.forEach((doc, i) => {
    const data = doc.bytes ? Buffer.from(doc.bytes) : doc.text ? Buffer.from(doc.text, 'utf8') : null;
    const extension = doc.mime === 'application/pdf' ? 'pdf' : 'txt';
    if (data) attachments.push({ name: `${doc.title || `Attachment ${i + 1}`}.${extension}`, bytes: data });
  });
  return {
    export: parsed,
    pages: [{ page: 1, source: 'text-layer', text: parsed.rendering.text, confidence: null }],
    attachments,
  };
}

/**
 * Files the structured entries of an export under a person: medications become suggestions for the
 * medication log (a person accepts them), results, problems, allergies and procedures become records.
 * Every record has a key from its content, so importing the same or an overlapping export adds nothing twice.
 */
export function storePortalRecords(
  session: VaultSession,
  personId: string,
  documentId: string,
  data: PortalExport,
): void {
  const db = session.db;
  for (const med of data.medications) {
    const normalized = normalizeDrugName(med.name);
    const dose = [med.dose, med.doseUnit].filter(Boolean).join(' ') || null;
    insertSuggestion(db, {
      personId,
      documentId,
      page: 1,
      line: null,
      // The export's own coding goes with the suggestion, so the person sees what the record said.
      evidence: [
        med.sourceText ?? med.name,
        med.rxnorm && `RxNorm ${med.rxnorm}`,
        med.status && `status: ${med.status}`,
      ]
        .filter(Boolean)
        .join(' · '),
      name: med.name,
      normalized: normalized?.known ? normalized.generic : null,
      strength: null,
      dose,
      route: med.route ?? null,
      frequency: med.frequency ?? null,
      perDay: null,
      start: med.start ?? null,
      stop: med.stop ?? null,
      recordKey: `portal:${med.recordKey}`,
    });
  }
  for (const r of data.results) {
    insertLabResult(db, {
      personId,
      documentId,
      name: r.name,
      loinc: r.loinc ?? null,
      value: r.value,
      unit: r.unit ?? null,
      referenceRange: r.referenceRange ?? null,
      interpretation: r.interpretation ?? null,
      date: r.date ?? null,
      recordKey: r.recordKey,
    });
  }
  const item = (
    kind: 'problem' | 'allergy' | 'procedure',
    name: string,
    recordKey: string,
    extra: { code?: string; date?: string; status?: string; detail?: string },
  ) =>
    insertClinicalItem(db, {
      personId,
      documentId,
      kind,
      name,
      code: extra.code ?? null,
      date: extra.date ?? null,
      status: extra.status ?? null,
      detail: extra.detail ?? null,
      recordKey,
    });
  for (const p of data.problems)
    item('problem', p.name, p.recordKey, { code: p.code, date: p.onset, status: p.status });
  for (const a of data.allergies)
    item('allergy', a.substance, a.recordKey, {
      detail: [a.reaction, a.severity].filter(Boolean).join(', ') || undefined,
    });
  for (const p of data.procedures) item('procedure', p.name, p.recordKey, { code: p.code, date: p.date });
}
