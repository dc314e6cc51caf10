import { AppError } from '../errors.ts';
import { narrativeHtml, narrativeText } from './ccda-narrative.ts';
import {
  SECTIONS,
  bodySections,
  findSections,
  readAllergies,
  readMedications,
  readProblems,
  readProcedures,
  readResults,
  subsections,
} from './ccda-entries.ts';
import { codedName, collectNarrativeRefs, nonEmpty } from './ccda-values.ts';
import { categoryFromCodings, documentKind } from './document-types.ts';
import { fullDay, hl7Date } from './hl7-date.ts';
import { escapeHtml, htmlPage } from './html-page.ts';
import { attachmentDocument } from './attachment.ts';
import type { PortalDocument, PortalExport, PortalPatient, PortalRendering } from './portal.types.ts';
import type { XmlNode } from './xml-tree.ts';
import { at, attr, element, elements, textContent } from './xml-tree.ts';

/** Reads a parsed C-CDA document (R1.1 or R2.1, any document type) into plain records. */
export function parseCcda(root: XmlNode): PortalExport {
  if (root.name !== 'ClinicalDocument') {
    throw new AppError(
      'INVALID_INPUT',
      'This XML file is not a C-CDA health record. Export a "C-CDA", "CCD" or "health summary" file from the patient portal.',
    );
  }
  const typeCode = element(root, 'code');
  const loinc = attr(typeCode, 'code') ?? null;
  const templateIds = elements(root, 'templateId').map((t) => attr(t, 'root') ?? '');
  const title = nonEmpty(textContent(element(root, 'title'))) ?? null;
  const kind = documentKind(loinc, templateIds);
  const displayName = nonEmpty(attr(typeCode, 'displayName'));
  const category =
    kind?.category ??
    categoryFromCodings([{ code: loinc ?? undefined, display: displayName }], [title ?? ''], 'other');
  const documentType = kind?.name ?? displayName ?? title ?? 'Clinical document';
  const date = hl7Date(attr(element(root, 'effectiveTime'), 'value'));

  const body = at(root, 'component', 'structuredBody');
  const refs = collectNarrativeRefs(body);
  const medications = readMedications(findSections(body, SECTIONS.medications), refs);
  const problems = readProblems(findSections(body, SECTIONS.problems), refs);
  const results = readResults(findSections(body, SECTIONS.results), refs);
  const allergies = readAllergies(findSections(body, SECTIONS.allergies), refs);
  const procedures = readProcedures(findSections(body, SECTIONS.procedures), refs);
  const documents = unstructuredDocuments(root, title ?? documentType, category, date);

  return {
    format: 'ccda',
    documentType,
    title,
    loinc,
    category,
    patient: readPatient(at(root, 'recordTarget', 'patientRole')),
    medications,
    problems,
    results,
    allergies,
    procedures,
    documents,
    rendering: renderDocument(title ?? documentType, body),
    counts: {
      medications: medications.length,
      problems: problems.length,
      results: results.length,
      allergies: allergies.length,
      documents: documents.length,
    },
  };
}

/**
 * The patient from `recordTarget/patientRole`: the legal name (use="L") or else the first one, as given
 * names then family name, leaving out call-me (CL) and birth-name (BR) given names and literal "null".
 */
export function readPatient(patientRole: XmlNode | undefined): PortalPatient {
  const patient = element(patientRole, 'patient');
  const names = elements(patient, 'name');
  const legal = names.find((n) => (attr(n, 'use') ?? '').split(/\s+/).includes('L')) ?? names[0];
  const birthDate = fullDay(hl7Date(attr(element(patient, 'birthTime'), 'value')));
  const identifiers = elements(patientRole, 'id')
    .filter((id) => attr(id, 'extension') || attr(id, 'root'))
    .map((id) => ({
      system: attr(id, 'extension') ? (attr(id, 'root') ?? '') : '',
      value: attr(id, 'extension') ?? attr(id, 'root') ?? '',
    }));
  const gender = genderOf(attr(element(patient, 'administrativeGenderCode'), 'code'));
  return {
    name: legal ? personName(legal) : null,
    birthDate,
    ...(gender ? { gender } : {}),
    ...(identifiers.length ? { identifiers } : {}),
  };
}

function personName(name: XmlNode): string | null {
  const usable = (part: XmlNode): string | undefined => nonEmpty(textContent(part));
  const given = elements(name, 'given')
    .filter((g) => !/\b(CL|BR)\b/.test(attr(g, 'qualifier') ?? ''))
    .map(usable);
  const family = elements(name, 'family').map(usable);
  const parts = [...given, ...family].filter((p): p is string => Boolean(p));
  if (parts.length) return parts.join(' ');
  // A name written as plain text without parts.
  const plain = name.children.filter((c): c is string => typeof c === 'string').join(' ');
  return nonEmpty(plain) ?? null;
}

function genderOf(code: string | undefined): PortalPatient['gender'] {
  switch (code?.toUpperCase()) {
    case 'F':
      return 'female';
    case 'M':
      return 'male';
    case 'UN':
      return 'other';
    case 'UNK':
      return 'unknown';
    default:
      return undefined;
  }
}

/** An unstructured C-CDA (nonXMLBody) carries one file: a scanned PDF, an RTF, or plain text. */
function unstructuredDocuments(
  root: XmlNode,
  title: string,
  category: PortalDocument['category'],
  date: string | undefined,
): PortalDocument[] {
  const text = at(root, 'component', 'nonXMLBody', 'text');
  if (!text) return [];
  const mime = attr(text, 'mediaType') ?? 'text/plain';
  const raw = text.children.filter((c): c is string => typeof c === 'string').join('');
  const isBase64 = attr(text, 'representation')?.toUpperCase() === 'B64';
  const doc = attachmentDocument({
    title,
    category,
    date,
    mime,
    base64: isBase64 ? raw : undefined,
    text: isBase64 ? undefined : raw,
  });
  return doc ? [doc] : [];
}

/** Title, then each section's title and narrative (nested sections as sub-headings), as HTML and as text. */
function renderDocument(title: string, body: XmlNode | undefined): PortalRendering {
  const html: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  const text: string[] = [title];
  const visit = (section: XmlNode, level: number): void => {
    const heading =
      nonEmpty(textContent(element(section, 'title'))) ?? codedName(element(section, 'code'), new Map());
    const narrative = element(section, 'text');
    if (heading) {
      html.push(`<h${level}>${escapeHtml(heading)}</h${level}>`);
      text.push('', heading);
    }
    if (narrative) {
      html.push(`<div>${narrativeHtml(narrative)}</div>`);
      const plain = narrativeText(narrative);
      if (plain) text.push(plain);
    }
    subsections(section).forEach((s) => visit(s, Math.min(level + 1, 6)));
  };
  bodySections(body).forEach((s) => visit(s, 2));
  return { html: htmlPage(title, html.join('\n')), text: text.join('\n') };
}
