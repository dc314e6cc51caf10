import type { CategoryId } from '../../../shared/categories.ts';
import { AppError } from '../errors.ts';
import { narrativeHtml, narrativeText } from './ccda-narrative.ts';
import { categoryFromCodings, documentKind } from './document-types.ts';
import type { FhirResource } from './fhir-json.ts';
import { isResource } from './fhir-json.ts';
import type { Resolver } from './fhir-resources.ts';
import {
  codings,
  conceptText,
  toAllergy,
  toDocuments,
  toMedication,
  toProblem,
  toProcedure,
  toResult,
} from './fhir-resources.ts';
import { fullDay, fhirDate } from './hl7-date.ts';
import { escapeHtml, htmlPage } from './html-page.ts';
import type { PortalExport, PortalPatient, PortalRendering } from './portal.types.ts';
import { renderRecords } from './records-render.ts';
import { parseXmlSafely } from './xml-tree.ts';
import { htmlToText } from './attachment.ts';

interface Collected {
  resources: FhirResource[];
  /** Bundle type of the outermost Bundle, when the export is one. */
  bundleType?: string;
  ndjson: boolean;
}

/**
 * Reads FHIR R4 JSON values (one resource, a Bundle of any type, an array of resources, or NDJSON lines)
 * into plain records. Counts are per resource: medications = MedicationRequest + MedicationStatement,
 * problems = Condition, results = Observation, allergies = AllergyIntolerance.
 */
export function parseFhir(values: unknown[], ndjson: boolean): PortalExport {
  const collected = collect(values, ndjson);
  const { resources } = collected;
  if (resources.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      'This JSON file is not a FHIR health record (it holds no FHIR resources). Export a "FHIR" file from the patient portal.',
    );
  }
  const resolve = resolver(values, resources);
  const ofType = (...types: string[]): FhirResource[] =>
    resources.filter((r) => types.includes(r.resourceType));

  const medications = ofType('MedicationRequest', 'MedicationStatement').map((r) => toMedication(r, resolve));
  const problems = ofType('Condition').map(toProblem);
  const results = ofType('Observation').map(toResult);
  const allergies = ofType('AllergyIntolerance').map(toAllergy);
  const procedures = ofType('Procedure').map(toProcedure);
  const documents = ofType('DocumentReference', 'DiagnosticReport', 'Binary').flatMap(toDocuments);
  const header = describe(collected);

  const exported: PortalExport = {
    format: 'fhir',
    documentType: header.documentType,
    title: header.title,
    loinc: header.loinc,
    category: header.category,
    patient: readPatient(ofType('Patient')[0]),
    medications,
    problems,
    results,
    allergies,
    procedures,
    documents,
    rendering: { html: '', text: '' },
    counts: {
      medications: medications.length,
      problems: problems.length,
      results: results.length,
      allergies: allergies.length,
      documents: documents.length,
    },
  };
  exported.rendering = render(header.title ?? header.documentType, ofType('Composition')[0], exported);
  return exported;
}

function collect(values: unknown[], ndjson: boolean): Collected {
  const resources: FhirResource[] = [];
  let bundleType: string | undefined;
  const add = (value: unknown, depth: number): void => {
    if (Array.isArray(value) && depth === 0) value.forEach((v) => add(v, depth + 1));
    if (!isResource(value)) return;
    if (value.resourceType === 'Bundle' && depth < 3) {
      if (bundleType === undefined && typeof value.type === 'string') bundleType = value.type;
      const entries = Array.isArray(value.entry) ? (value.entry as unknown[]) : [];
      for (const entry of entries) {
        const resource = (entry as { resource?: unknown } | null)?.resource;
        add(resource, depth + 1);
      }
      return;
    }
    resources.push(value);
  };
  values.forEach((v) => add(v, 0));
  return { resources, bundleType, ndjson };
}

/** Resolves `Type/id`, absolute or `urn:uuid:` fullUrls, and `#id` contained resources. */
function resolver(values: unknown[], resources: FhirResource[]): Resolver {
  const byUrl = new Map<string, FhirResource>();
  for (const r of resources) if (typeof r.id === 'string') byUrl.set(`${r.resourceType}/${r.id}`, r);
  const visitBundle = (value: unknown): void => {
    if (!isResource(value) || value.resourceType !== 'Bundle' || !Array.isArray(value.entry)) return;
    for (const entry of value.entry as { fullUrl?: unknown; resource?: unknown }[]) {
      if (typeof entry?.fullUrl === 'string' && isResource(entry.resource))
        byUrl.set(entry.fullUrl, entry.resource);
    }
  };
  values.forEach(visitBundle);
  return (reference, from) => {
    if (reference.startsWith('#')) {
      const contained = Array.isArray(from.contained) ? (from.contained as unknown[]) : [];
      return contained.filter(isResource).find((c) => `#${String(c.id)}` === reference);
    }
    return byUrl.get(reference) ?? byUrl.get(reference.split('/').slice(-2).join('/'));
  };
}

interface Header {
  documentType: string;
  title: string | null;
  loinc: string | null;
  category: CategoryId;
}

/**
 * What kind of export this is: a FHIR document (its Composition type, e.g. an International Patient
 * Summary), a single document or report, or a patient-record export (bundle or NDJSON), which like a CCD
 * files under visit notes.
 */
function describe({ resources, bundleType, ndjson }: Collected): Header {
  const composition = resources.find((r) => r.resourceType === 'Composition');
  if (composition && bundleType === 'document') {
    const loinc = codings(composition.type).find((c) => c.system === 'http://loinc.org')?.code ?? null;
    const kind = documentKind(loinc);
    const typeText = conceptText(composition.type);
    const isIps = JSON.stringify(composition.meta ?? {}).includes('/ips/') || loinc === '60591-5';
    const title = typeof composition.title === 'string' ? composition.title : null;
    return {
      documentType: isIps ? 'International Patient Summary' : (kind?.name ?? typeText ?? 'FHIR document'),
      title,
      loinc,
      category:
        kind?.category ??
        categoryFromCodings(codings(composition.type), [typeText ?? '', title ?? ''], 'visit_notes'),
    };
  }
  const only = resources.length === 1 ? resources[0] : undefined;
  if (only && (only.resourceType === 'DocumentReference' || only.resourceType === 'DiagnosticReport')) {
    const concept = only.resourceType === 'DocumentReference' ? only.type : only.code;
    const all = [
      ...codings(concept),
      ...(Array.isArray(only.category) ? only.category.flatMap(codings) : []),
    ];
    const text = conceptText(concept);
    return {
      documentType: text ?? only.resourceType,
      title: typeof only.description === 'string' ? only.description : (text ?? null),
      loinc: codings(concept).find((c) => c.system === 'http://loinc.org')?.code ?? null,
      category: categoryFromCodings(all, [text ?? ''], 'other'),
    };
  }
  const documentType = ndjson
    ? 'FHIR R4 bulk export (NDJSON)'
    : bundleType
      ? `FHIR R4 ${bundleType} bundle`
      : `FHIR R4 ${only?.resourceType ?? 'resource list'}`;
  const clinical = resources.some((r) => r.resourceType !== 'Patient');
  return { documentType, title: null, loinc: null, category: clinical ? 'visit_notes' : 'other' };
}

/** The patient's first official name (else first name) as given names then family name. */
function readPatient(patient: FhirResource | undefined): PortalPatient {
  if (!patient) return { name: null, birthDate: null };
  const names = Array.isArray(patient.name) ? (patient.name as Record<string, unknown>[]) : [];
  const chosen = names.find((n) => n?.use === 'official') ?? names[0];
  const given = Array.isArray(chosen?.given)
    ? chosen.given.filter((g): g is string => typeof g === 'string')
    : [];
  const family = typeof chosen?.family === 'string' ? [chosen.family] : [];
  const parts = [...given, ...family].map((p) => p.trim()).filter((p) => p && p.toLowerCase() !== 'null');
  const name = parts.length
    ? parts.join(' ')
    : typeof chosen?.text === 'string'
      ? chosen.text.trim() || null
      : null;
  const gender = ['female', 'male', 'other', 'unknown'].includes(String(patient.gender))
    ? (patient.gender as PortalPatient['gender'])
    : undefined;
  const identifiers = (
    Array.isArray(patient.identifier) ? (patient.identifier as Record<string, unknown>[]) : []
  )
    .filter((i) => typeof i?.value === 'string')
    .map((i) => ({ system: typeof i.system === 'string' ? i.system : '', value: String(i.value) }));
  return {
    name,
    birthDate: fullDay(fhirDate(patient.birthDate)),
    ...(gender ? { gender } : {}),
    ...(identifiers.length ? { identifiers } : {}),
  };
}

/** A FHIR document's Composition sections (their narrative, sanitised), then tables of the records read. */
function render(
  title: string,
  composition: FhirResource | undefined,
  exported: PortalExport,
): PortalRendering {
  const html: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  const text: string[] = [title];
  const sections = Array.isArray(composition?.section)
    ? (composition.section as Record<string, unknown>[])
    : [];
  for (const section of sections) {
    const heading = typeof section?.title === 'string' ? section.title : conceptText(section?.code);
    if (heading) {
      html.push(`<h2>${escapeHtml(heading)}</h2>`);
      text.push('', heading);
    }
    const div = (section?.text as { div?: unknown } | undefined)?.div;
    if (typeof div === 'string') {
      const narrative = xhtmlNarrative(div);
      html.push(`<div>${narrative.html}</div>`);
      if (narrative.text) text.push(narrative.text);
    }
  }
  const records = renderRecords(exported);
  html.push(records.html);
  if (records.text) text.push('', records.text);
  return { html: htmlPage(title, html.join('\n')), text: text.join('\n') };
}

function xhtmlNarrative(div: string): { html: string; text: string } {
  try {
    const node = parseXmlSafely(div);
    return { html: narrativeHtml(node), text: narrativeText(node) };
  } catch {
    // Narrative that is not well-formed XHTML is shown as its words only.
    const plain = htmlToText(div);
    return { html: `<p>${escapeHtml(plain).replace(/\n/g, '<br>')}</p>`, text: plain };
  }
}
