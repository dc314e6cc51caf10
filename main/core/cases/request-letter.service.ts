import type { CaseDetail, RequestableItemId } from '../../../shared/schemas/case.schema.ts';
import * as docs from '../documents/documents.repo.ts';
import { storeDocument } from '../documents/documents.service.ts';
import { insertPage } from '../documents/pages.repo.ts';
import { textFingerprint } from '../documents/text-fingerprint.ts';
import { AppError } from '../errors.ts';
import { getPerson } from '../people/people.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { localToday } from './case-dates.ts';
import { caseDetail, requireOpenCase } from './case-view.service.ts';
import { renderLetter, type LetterBlock } from './letter-pdf.ts';
import { requireRequest } from './requests.service.ts';
import { updateRequest as saveRequest, type RequestRow } from './requests.repo.ts';

/** How each requestable item is worded in a letter to a records office. */
const LETTER_WORDING: Record<RequestableItemId, string> = {
  pathology: 'Pathology reports (surgical pathology, biopsy, cytology), including addenda',
  operative: 'Operative and procedure reports',
  discharge: 'Discharge summaries',
  treatment_plan: 'Treatment plans and treatment summaries, including tumor board notes',
  medications: 'Medication lists and medication administration records',
  labs: 'Laboratory results, including tumor markers',
  imaging: 'Imaging reports (CT, MRI, PET, X-ray, ultrasound, mammography)',
  genomics: 'Genetic, genomic and biomarker test reports',
  visit_notes: 'Office visit, consultation and progress notes',
  pathology_slides: 'Pathology slides and tissue blocks (please ship them to the address below)',
  imaging_discs: 'The images of my scans on a disc (CD or DVD), in DICOM format',
};

/** Where the right of access comes from; quoted in every letter so the office knows its duty. */
export const HIPAA_RIGHT_OF_ACCESS =
  'Under the HIPAA Privacy Rule (45 CFR 164.524), I have the right to inspect and receive a copy of my ' +
  'protected health information in a designated record set, in the form and format I ask for if it is ' +
  'readily producible, and to direct that a copy be sent to a person I choose. Please act on this request ' +
  'within 30 days of receiving it. Any fee may only be a reasonable, cost-based fee. If any part of this ' +
  'request is denied, please tell me in writing why and how I can ask for a review.';

function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function dateRange(request: RequestRow): string {
  if (request.fromDate && request.toDate)
    return `From ${longDate(request.fromDate)} to ${longDate(request.toDate)}`;
  if (request.fromDate) return `From ${longDate(request.fromDate)} to the present`;
  if (request.toDate) return `All records up to ${longDate(request.toDate)}`;
  return 'All dates';
}

/** The letter's content: who, what, which dates, where to send, the right of access, and signatures. */
export function letterBlocks(
  patient: { name: string; birthDate: string | null },
  request: RequestRow,
  today: string,
): LetterBlock[] {
  const to = [request.department, request.providerContact].filter(Boolean).join(', ');
  return [
    { kind: 'title', text: 'Request for copies of medical records' },
    { kind: 'field', label: 'Date', text: longDate(today) },
    { kind: 'heading', text: 'To' },
    { kind: 'field', label: 'Provider', text: request.provider },
    ...(to ? [{ kind: 'field' as const, label: 'Department and contact', text: to }] : []),
    { kind: 'heading', text: 'Patient' },
    { kind: 'field', label: 'Name', text: patient.name },
    {
      kind: 'field',
      label: 'Date of birth',
      text: patient.birthDate ? longDate(patient.birthDate) : '____________________',
    },
    { kind: 'heading', text: 'Records requested' },
    {
      kind: 'text',
      text: 'I am getting a second opinion about my cancer care. Please send copies of these records:',
    },
    ...request.items.map((item) => ({ kind: 'bullet' as const, text: LETTER_WORDING[item] })),
    ...(request.details ? [{ kind: 'field' as const, label: 'Details', text: request.details }] : []),
    { kind: 'field', label: 'Dates of service', text: dateRange(request) },
    { kind: 'heading', text: 'Where to send them' },
    {
      kind: 'text',
      text:
        request.sendTo ??
        'To me, at the address or portal account you have on file. Electronic copies are welcome.',
    },
    { kind: 'heading', text: 'My right of access' },
    { kind: 'text', text: HIPAA_RIGHT_OF_ACCESS },
    { kind: 'keep', height: 180 },
    { kind: 'heading', text: 'Signature' },
    { kind: 'blank', label: 'Signature of patient or personal representative:', width: 200 },
    { kind: 'blank', label: 'Printed name:', width: 250 },
    { kind: 'blank', label: 'If signed by a representative, relationship to the patient:', width: 140 },
    { kind: 'blank', label: 'Date:', width: 150 },
    { kind: 'blank', label: 'Phone or email for questions:', width: 220 },
  ];
}

function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'provider'
  );
}

/**
 * Makes the records-request letter as a PDF and files it in the person's binder (Insurance & paperwork,
 * where records-release forms belong), with its text stored so search finds it, and links it to the
 * request. Making it again (after an edit) moves the previous letter to the trash.
 */
export async function makeRequestLetter(
  session: VaultSession,
  requestId: string,
  today = localToday(),
): Promise<{ documentId: string; detail: CaseDetail }> {
  const request = requireRequest(session, requestId);
  const kase = requireOpenCase(session, request.caseId);
  const person = getPerson(session.db, kase.personId);
  if (!person) throw new AppError('NOT_FOUND', 'That family member is not in this vault any more.');
  const title = `Records request — ${request.provider}`;
  const letter = await renderLetter(letterBlocks(person, request, today), {
    title: 'Request for copies of medical records',
    footer: `Records request to ${request.provider}, ${longDate(today)}`,
  });
  const text = letter.pages.join('\n');
  const documentId = session.db.transaction(() => {
    const row = storeDocument(session, {
      personId: person.id,
      originalName: `records-request-${fileSlug(request.provider)}-${today}.pdf`,
      mime: 'application/pdf',
      kind: 'pdf',
      bytes: letter.bytes,
      title,
      status: 'done',
    });
    // The category is set before the pages so the search index files them under it from the start.
    docs.saveFacts(session.db, row.id, {
      category: 'insurance',
      confidence: 1,
      scores: { insurance: 1 },
      evidence: ['Records request letter made by CareBinder'],
      title,
      docDate: today,
      facility: request.provider,
      clinician: null,
      printedName: person.name,
      printedBirthDate: person.birthDate,
      printedRecordNumber: null,
    });
    letter.pages.forEach((pageText, i) =>
      insertPage(session.db, {
        documentId: row.id,
        pageNo: i + 1,
        source: 'text-layer',
        text: pageText,
        confidence: null,
        rotation: 0,
        imageFileId: null,
        thumbFileId: null,
        wordsFileId: null,
        width: null,
        height: null,
      }),
    );
    docs.finishReading(session.db, row.id, {
      status: 'done',
      pageCount: letter.pages.length,
      textFingerprint: textFingerprint(text),
    });
    if (request.letterDocumentId) docs.setTrashed(session.db, request.letterDocumentId, true);
    saveRequest(session.db, request.id, { letterDocumentId: row.id }, new Date().toISOString());
    return row.id;
  })();
  return { documentId, detail: caseDetail(session, kase.id) };
}
