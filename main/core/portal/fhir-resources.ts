import { compact } from './compact.ts';
import { categoryFromCodings, type TypeCoding } from './document-types.ts';
import { attachmentDocument } from './attachment.ts';
import type { FhirResource } from './fhir-json.ts';
import { fhirDate } from './hl7-date.ts';
import type {
  PortalAllergy,
  PortalDocument,
  PortalMedication,
  PortalProblem,
  PortalProcedure,
  PortalResult,
} from './portal.types.ts';
import { recordKey } from './record-key.ts';

const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const LOINC = 'http://loinc.org';

type Json = Record<string, unknown>;

/** Finds a referenced resource (`Medication/123`, `urn:uuid:…`, `#contained`) in the export. */
export type Resolver = (reference: string, from: FhirResource) => FhirResource | undefined;

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(obj).filter((v): v is Json => v !== undefined) : [];
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

/** The codings of a CodeableConcept. */
export function codings(concept: unknown): TypeCoding[] {
  return list(obj(concept)?.coding).map((c) => ({
    code: str(c.code),
    system: str(c.system),
    display: str(c.display),
  }));
}

/** Readable text of a CodeableConcept: its text, else the first coding display, else the first code. */
export function conceptText(concept: unknown): string | undefined {
  const cs = codings(concept);
  return str(obj(concept)?.text) ?? cs.find((c) => c.display)?.display ?? cs.find((c) => c.code)?.code;
}

function codeFrom(concept: unknown, system: string): string | undefined {
  return codings(concept).find((c) => c.system === system && c.code)?.code;
}

function quantityParts(q: unknown): { value?: string; unit?: string } {
  const o = obj(q);
  return { value: str(o?.value), unit: str(o?.unit) ?? str(o?.code) };
}

function periodStart(p: unknown): string | undefined {
  return fhirDate(obj(p)?.start);
}

function periodEnd(p: unknown): string | undefined {
  return fhirDate(obj(p)?.end);
}

/** A medication from a MedicationRequest or MedicationStatement. */
export function toMedication(r: FhirResource, resolve: Resolver): PortalMedication {
  const referenced = str(obj(r.medicationReference)?.reference);
  const medication = referenced ? resolve(referenced, r) : undefined;
  const concept = r.medicationCodeableConcept ?? medication?.code;
  const name = conceptText(concept) ?? str(obj(r.medicationReference)?.display) ?? 'Unnamed medication';
  const dosage = list(r.resourceType === 'MedicationRequest' ? r.dosageInstruction : r.dosage)[0];
  const doseAndRate = list(dosage?.doseAndRate)[0];
  const dose = doseAndRate?.doseQuantity
    ? quantityParts(doseAndRate.doseQuantity)
    : rangeParts(doseAndRate?.doseRange);
  const validity = obj(r.dispenseRequest)?.validityPeriod;
  const start =
    r.resourceType === 'MedicationRequest'
      ? (fhirDate(r.authoredOn) ?? periodStart(validity))
      : (fhirDate(r.effectiveDateTime) ?? periodStart(r.effectivePeriod) ?? fhirDate(r.dateAsserted));
  const stop = r.resourceType === 'MedicationRequest' ? periodEnd(validity) : periodEnd(r.effectivePeriod);
  return compact({
    recordKey: recordKey('medication', name, start, dose.value, dose.unit),
    name,
    rxnorm: codeFrom(concept, RXNORM),
    dose: dose.value,
    doseUnit: dose.unit,
    route: conceptText(dosage?.route),
    frequency: timingText(dosage?.timing),
    start,
    stop,
    status: str(r.status),
    sourceText: str(dosage?.text),
  });
}

function rangeParts(range: unknown): { value?: string; unit?: string } {
  const low = quantityParts(obj(range)?.low);
  const high = quantityParts(obj(range)?.high);
  if (!low.value && !high.value) return {};
  return { value: [low.value, high.value].filter(Boolean).join('–'), unit: low.unit ?? high.unit };
}

const PERIOD_UNITS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  wk: ['week', 'weeks'],
  mo: ['month', 'months'],
  a: ['year', 'years'],
};

/** "twice a day", "every 8 hours", or the timing's own code text. */
function timingText(timing: unknown): string | undefined {
  const t = obj(timing);
  const repeat = obj(t?.repeat);
  const frequency = Number(repeat?.frequency ?? 1);
  const period = Number(repeat?.period);
  const unit = PERIOD_UNITS[str(repeat?.periodUnit) ?? ''];
  if (repeat && Number.isFinite(period) && period > 0 && unit) {
    const per = period === 1 ? `a ${unit[0]}` : `every ${period} ${unit[1]}`;
    if (frequency === 1) return period === 1 ? `once ${per}` : per;
    const times: Record<number, string> = { 2: 'twice', 3: 'three times', 4: 'four times' };
    return `${times[frequency] ?? `${frequency} times`} ${per}`;
  }
  return conceptText(t?.code);
}

/** A problem from a Condition. */
export function toProblem(r: FhirResource): PortalProblem {
  const name = conceptText(r.code) ?? 'Unnamed problem';
  const code = codings(r.code).find((c) => c.code)?.code;
  const onset = fhirDate(r.onsetDateTime) ?? periodStart(r.onsetPeriod) ?? fhirDate(r.recordedDate);
  return compact({
    recordKey: recordKey('problem', code ?? name, onset),
    name,
    code,
    onset,
    status: conceptText(r.clinicalStatus),
  });
}

/** A result from an Observation (components such as systolic/diastolic joined into one value). */
export function toResult(r: FhirResource): PortalResult {
  const name = conceptText(r.code) ?? 'Unnamed result';
  const loinc = codeFrom(r.code, LOINC);
  const components = list(r.component);
  const own = observationValue(r);
  const { value, unit } =
    own.value || components.length === 0
      ? own
      : {
          value: components
            .map((c) => `${conceptText(c.code) ?? ''}: ${joinValue(observationValue(c))}`)
            .join('; '),
        };
  const date = fhirDate(r.effectiveDateTime) ?? periodStart(r.effectivePeriod) ?? fhirDate(r.issued);
  return compact({
    recordKey: recordKey('result', loinc ?? name, date, value, unit),
    name,
    loinc,
    value,
    unit,
    referenceRange: referenceRangeText(list(r.referenceRange)[0]),
    interpretation: list(r.interpretation).map(conceptText).find(Boolean),
    date,
  });
}

function joinValue(v: { value: string; unit?: string }): string {
  return v.unit ? `${v.value} ${v.unit}` : v.value;
}

function observationValue(o: Json): { value: string; unit?: string } {
  if (o.valueQuantity) {
    const q = quantityParts(o.valueQuantity);
    const comparator = str(obj(o.valueQuantity)?.comparator) ?? '';
    return { value: q.value ? comparator + q.value : '', unit: q.unit };
  }
  if (o.valueCodeableConcept) return { value: conceptText(o.valueCodeableConcept) ?? '' };
  if (o.valueRange) {
    const r = rangeParts(o.valueRange);
    return { value: r.value ?? '', unit: r.unit };
  }
  if (o.valueRatio) {
    const n = quantityParts(obj(o.valueRatio)?.numerator).value;
    const d = quantityParts(obj(o.valueRatio)?.denominator).value;
    return { value: n && d ? `${n}:${d}` : '' };
  }
  if (o.valuePeriod)
    return { value: [periodStart(o.valuePeriod), periodEnd(o.valuePeriod)].filter(Boolean).join(' – ') };
  const simple =
    str(o.valueString) ??
    str(o.valueInteger) ??
    str(o.valueBoolean) ??
    str(o.valueDateTime) ??
    str(o.valueTime);
  return { value: simple ?? '' };
}

function referenceRangeText(range: Json | undefined): string | undefined {
  if (!range) return undefined;
  const low = quantityParts(range.low);
  const high = quantityParts(range.high);
  const unit = low.unit ?? high.unit;
  const bounds =
    low.value && high.value
      ? `${low.value}–${high.value}`
      : low.value
        ? `≥ ${low.value}`
        : high.value
          ? `≤ ${high.value}`
          : undefined;
  if (bounds) return unit ? `${bounds} ${unit}` : bounds;
  return str(range.text);
}

/** An allergy from an AllergyIntolerance. */
export function toAllergy(r: FhirResource): PortalAllergy {
  const reactions = list(r.reaction);
  const substance =
    conceptText(r.code) ??
    reactions.map((x) => conceptText(x.substance)).find(Boolean) ??
    'Unnamed substance';
  const manifestations = reactions
    .flatMap((x) => list(x.manifestation).map(conceptText))
    .filter((m): m is string => !!m);
  return compact({
    recordKey: recordKey('allergy', substance),
    substance,
    reaction: manifestations.length ? [...new Set(manifestations)].join(', ') : undefined,
    severity: reactions.map((x) => str(x.severity)).find(Boolean) ?? str(r.criticality),
  });
}

/** A procedure from a Procedure. */
export function toProcedure(r: FhirResource): PortalProcedure {
  const name = conceptText(r.code) ?? 'Unnamed procedure';
  const code = codings(r.code).find((c) => c.code)?.code;
  const date = fhirDate(r.performedDateTime) ?? periodStart(r.performedPeriod);
  return compact({ recordKey: recordKey('procedure', code ?? name, date), name, code, date });
}

/**
 * The files a resource carries inline: DocumentReference attachments, DiagnosticReport presentedForm,
 * and Binary content. Attachments given only as a URL are left out (nothing is fetched).
 */
export function toDocuments(r: FhirResource): PortalDocument[] {
  const typeCodings = [...codings(r.type), ...list(r.category).flatMap(codings), ...codings(r.code)];
  const typeText = [conceptText(r.type), conceptText(r.code), str(r.description)].filter(
    (t): t is string => !!t,
  );
  const category = categoryFromCodings(typeCodings, typeText, 'other');
  let attachments: Json[] = [];
  let date: string | undefined;
  if (r.resourceType === 'DocumentReference') {
    attachments = list(r.content)
      .map((c) => obj(c.attachment))
      .filter((a): a is Json => a !== undefined);
    date = fhirDate(r.date) ?? periodStart(obj(r.context)?.period);
  } else if (r.resourceType === 'DiagnosticReport') {
    attachments = list(r.presentedForm);
    date = fhirDate(r.effectiveDateTime) ?? periodStart(r.effectivePeriod) ?? fhirDate(r.issued);
  } else if (r.resourceType === 'Binary') {
    attachments = [{ contentType: r.contentType, data: r.data }];
  }
  const fallbackTitle =
    str(r.description) ?? conceptText(r.type) ?? conceptText(r.code) ?? 'Attached document';
  return attachments
    .map((a) =>
      typeof a.data === 'string'
        ? attachmentDocument({
            title: str(a.title) ?? fallbackTitle,
            category,
            date: date ?? fhirDate(a.creation),
            mime: str(a.contentType) ?? 'application/octet-stream',
            base64: a.data,
          })
        : undefined,
    )
    .filter((d): d is PortalDocument => d !== undefined);
}
