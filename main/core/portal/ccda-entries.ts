import type {
  PortalAllergy,
  PortalMedication,
  PortalProblem,
  PortalProcedure,
  PortalResult,
} from './portal.types.ts';
import type { NarrativeRefs } from './ccda-values.ts';
import {
  codeIn,
  codedName,
  effectiveDate,
  effectiveRange,
  isEmptyCode,
  isNegated,
  isNullFlavored,
  nestedObservationValue,
  nonEmpty,
  observationValue,
  quantity,
  rangeText,
  referencedText,
  relatedObservations,
} from './ccda-values.ts';
import { compact } from './compact.ts';
import { recordKey } from './record-key.ts';
import type { XmlNode } from './xml-tree.ts';
import { at, attr, element, elements } from './xml-tree.ts';

const RXNORM = '2.16.840.1.113883.6.88';
const LOINC = '2.16.840.1.113883.6.1';

/**
 * The sections we read, by LOINC code, with the section template ids of C-CDA R2.1 (entries required and
 * optional) and of the R1.1-era CCD (HITSP/CCD) for sections that carry no usable code.
 */
export const SECTIONS = {
  medications: {
    loinc: '10160-0',
    templates: [
      '2.16.840.1.113883.10.20.22.2.1',
      '2.16.840.1.113883.10.20.22.2.1.1',
      '2.16.840.1.113883.10.20.1.8',
    ],
  },
  problems: {
    loinc: '11450-4',
    templates: [
      '2.16.840.1.113883.10.20.22.2.5',
      '2.16.840.1.113883.10.20.22.2.5.1',
      '2.16.840.1.113883.10.20.1.11',
    ],
  },
  results: {
    loinc: '30954-2',
    templates: [
      '2.16.840.1.113883.10.20.22.2.3',
      '2.16.840.1.113883.10.20.22.2.3.1',
      '2.16.840.1.113883.10.20.1.14',
    ],
  },
  allergies: {
    loinc: '48765-2',
    templates: [
      '2.16.840.1.113883.10.20.22.2.6',
      '2.16.840.1.113883.10.20.22.2.6.1',
      '2.16.840.1.113883.10.20.1.2',
    ],
  },
  procedures: {
    loinc: '47519-4',
    templates: [
      '2.16.840.1.113883.10.20.22.2.7',
      '2.16.840.1.113883.10.20.22.2.7.1',
      '2.16.840.1.113883.10.20.1.12',
    ],
  },
} as const;

export type SectionSpec = (typeof SECTIONS)[keyof typeof SECTIONS];

/** The top-level sections of a structured body, in document order. */
export function bodySections(body: XmlNode | undefined): XmlNode[] {
  return elements(body, 'component').flatMap((c) => elements(c, 'section'));
}

/** Subsections of a section (`component/section`). */
export function subsections(section: XmlNode): XmlNode[] {
  return elements(section, 'component').flatMap((c) => elements(c, 'section'));
}

/**
 * Sections matching a spec, searched through nested subsections: by LOINC `code`, or by template id when
 * the section's code is missing or nullFlavored. A matching section's subsections are not searched again.
 */
export function findSections(body: XmlNode | undefined, spec: SectionSpec): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (section: XmlNode): void => {
    if (sectionMatches(section, spec)) found.push(section);
    else subsections(section).forEach(visit);
  };
  bodySections(body).forEach(visit);
  return found;
}

function sectionMatches(section: XmlNode, spec: SectionSpec): boolean {
  const loinc = attr(element(section, 'code'), 'code');
  if (loinc) return loinc === spec.loinc;
  const templates = elements(section, 'templateId').map((t) => attr(t, 'root') ?? '');
  return templates.some((root) => (spec.templates as readonly string[]).includes(root));
}

/** The clinical statement of each `entry` of the sections (the element directly inside `entry`). */
function entryStatements(sections: XmlNode[], name: string): XmlNode[] {
  return sections.flatMap((s) => elements(s, 'entry').flatMap((e) => elements(e, name)));
}

/**
 * Medications: `entry/substanceAdministration` that is neither negated ("no known medications") nor
 * nullFlavored. Counts are structural: an entry whose drug code is a placeholder still counts, named from
 * whatever it does say (code translation, narrative row).
 */
export function readMedications(sections: XmlNode[], refs: NarrativeRefs): PortalMedication[] {
  const out: PortalMedication[] = [];
  for (const sa of entryStatements(sections, 'substanceAdministration')) {
    if (isNegated(sa) || isNullFlavored(sa)) continue;
    const material = at(sa, 'consumable', 'manufacturedProduct', 'manufacturedMaterial');
    const code = element(material, 'code');
    const materialName = referencedText(element(material, 'name'), refs);
    const rxnorm = codeIn(code, RXNORM);
    const sourceText =
      referencedText(element(sa, 'text'), refs) ??
      relatedSubstanceAdministrations(sa)
        .map((i) => referencedText(element(i, 'text'), refs))
        .find(Boolean);
    const name =
      codedName(code, refs) ??
      materialName ??
      (rxnorm ? `RxNorm ${rxnorm}` : undefined) ??
      sourceText ??
      'Unnamed medication';
    const doseQuantity = element(sa, 'doseQuantity');
    const dose = doseOf(doseQuantity);
    const { start, stop } = effectiveRange(sa);
    out.push(
      compact({
        recordKey: recordKey('medication', name, start, dose.value, dose.unit),
        name,
        rxnorm,
        dose: dose.value,
        doseUnit: dose.unit,
        route: codedName(element(sa, 'routeCode'), refs) ?? attr(element(sa, 'routeCode'), 'code'),
        frequency: frequencyOf(sa),
        start,
        stop,
        status: attr(element(sa, 'statusCode'), 'code'),
        sourceText,
      }),
    );
  }
  return out;
}

function relatedSubstanceAdministrations(sa: XmlNode): XmlNode[] {
  return elements(sa, 'entryRelationship').flatMap((rel) => elements(rel, 'substanceAdministration'));
}

function doseOf(dq: XmlNode | undefined): { value?: string; unit?: string } {
  if (!dq || isNullFlavored(dq)) return {};
  const single = quantity(dq);
  if (single.value) return single;
  const low = quantity(element(dq, 'low'));
  const high = quantity(element(dq, 'high'));
  const range = rangeText(low.value, high.value);
  return { value: range || undefined, unit: low.unit ?? high.unit };
}

const UNIT_WORDS: Record<string, [string, string]> = {
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  wk: ['week', 'weeks'],
  mo: ['month', 'months'],
  a: ['year', 'years'],
};

const EVENT_WORDS: Record<string, string> = {
  AC: 'before meals',
  ACM: 'before breakfast',
  ACD: 'before lunch',
  ACV: 'before dinner',
  PC: 'after meals',
  PCM: 'after breakfast',
  PCD: 'after lunch',
  PCV: 'after dinner',
  HS: 'at bedtime',
  WAKE: 'on waking',
  C: 'with meals',
  CM: 'with breakfast',
  CD: 'with lunch',
  CV: 'with dinner',
};

/** A readable frequency from the periodic (PIVL_TS) or event-related (EIVL_TS) effectiveTime. */
function frequencyOf(sa: XmlNode): string | undefined {
  for (const time of elements(sa, 'effectiveTime')) {
    const type = attr(time, 'type') ?? '';
    if (type.includes('EIVL')) {
      const event = attr(element(time, 'event'), 'code');
      if (event) return EVENT_WORDS[event] ?? event;
    }
    if (!type.includes('PIVL')) continue;
    const period = element(time, 'period');
    if (!period || isNullFlavored(period)) continue;
    const { value, unit } = quantity(period);
    if (value) return periodText(Number(value), unit ?? '', attr(time, 'institutionSpecified') === 'true');
    const low = quantity(element(period, 'low'));
    const high = quantity(element(period, 'high'));
    const words = UNIT_WORDS[low.unit ?? high.unit ?? ''];
    if (low.value && high.value && words) return `every ${low.value}–${high.value} ${words[1]}`;
  }
  return undefined;
}

function periodText(n: number, unit: string, timesPerDay: boolean): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const hours = unit === 'h' ? n : unit === 'd' ? n * 24 : NaN;
  if (timesPerDay && Number.isInteger(24 / hours)) return timesADay(24 / hours);
  if (hours === 24) return 'once a day';
  if (unit === 'wk' && n === 1) return 'once a week';
  const words = UNIT_WORDS[unit];
  if (!words) return `every ${n} ${unit}`;
  return n === 1 ? `every ${words[0]}` : `every ${n} ${words[1]}`;
}

function timesADay(count: number): string {
  const named: Record<number, string> = {
    1: 'once a day',
    2: 'twice a day',
    3: 'three times a day',
    4: 'four times a day',
  };
  return named[count] ?? `${count} times a day`;
}

/**
 * Problems: each entry's concern act whose problem observations are not all negated (an entry made only of
 * negated observations says "no known problems"); a bare problem observation counts when not negated.
 */
export function readProblems(sections: XmlNode[], refs: NarrativeRefs): PortalProblem[] {
  const out: PortalProblem[] = [];
  for (const { container, observations } of concernEntries(sections)) {
    const obs = observations.find((o) => !isNegated(o) && !isNullFlavored(o));
    if (!obs) continue;
    const value = element(obs, 'value');
    const name =
      codedName(value, refs) ??
      referencedText(element(obs, 'text'), refs) ??
      codedName(element(obs, 'code'), refs);
    const code = attr(value, 'code');
    const onset = effectiveRange(obs).start ?? effectiveRange(container).start;
    out.push(
      compact({
        recordKey: recordKey('problem', code ?? name, onset),
        name: name ?? 'Unnamed problem',
        code,
        onset,
        status:
          nestedObservationValue(obs, ['33999-4'], refs) ??
          attr(element(container, 'statusCode'), 'code') ??
          attr(element(obs, 'statusCode'), 'code'),
      }),
    );
  }
  return out;
}

/**
 * Allergies: each entry's allergy concern act that is not wholly negated (all its allergy observations
 * negated means "no known allergies"); a bare allergy observation counts when not negated.
 */
export function readAllergies(sections: XmlNode[], refs: NarrativeRefs): PortalAllergy[] {
  const out: PortalAllergy[] = [];
  for (const { observations } of concernEntries(sections)) {
    const obs = observations.find((o) => !isNegated(o) && !isNullFlavored(o));
    if (!obs) continue;
    const entity = at(obs, 'participant', 'participantRole', 'playingEntity');
    const substance =
      codedName(element(entity, 'code'), refs) ??
      nonEmpty(referencedText(element(entity, 'name'), refs)) ??
      codedName(element(obs, 'value'), refs) ??
      'Unnamed substance';
    const reactions = relatedObservations(obs, 'MFST')
      .map((r) => codedName(element(r, 'value'), refs) ?? referencedText(element(r, 'text'), refs))
      .filter((r): r is string => Boolean(r));
    out.push(
      compact({
        recordKey: recordKey('allergy', substance),
        substance,
        reaction: reactions.length ? [...new Set(reactions)].join(', ') : undefined,
        severity: nestedObservationValue(obs, ['SEV'], refs),
      }),
    );
  }
  return out;
}

/** Concern acts with their observations, plus bare observations as one-observation entries. */
function concernEntries(sections: XmlNode[]): { container: XmlNode; observations: XmlNode[] }[] {
  const out: { container: XmlNode; observations: XmlNode[] }[] = [];
  for (const entry of sections.flatMap((s) => elements(s, 'entry'))) {
    for (const act of elements(entry, 'act'))
      out.push({ container: act, observations: relatedObservations(act) });
    for (const obs of elements(entry, 'observation')) out.push({ container: obs, observations: [obs] });
  }
  return out;
}

/**
 * Results: every observation of every result organizer plus bare result observations. Placeholders are
 * left out: nullFlavored or negated observations ("results not documented"), and ones with neither a code
 * nor a value.
 */
export function readResults(sections: XmlNode[], refs: NarrativeRefs): PortalResult[] {
  const out: PortalResult[] = [];
  for (const entry of sections.flatMap((s) => elements(s, 'entry'))) {
    const organizers = elements(entry, 'organizer');
    const pairs = [
      ...organizers.flatMap((org) =>
        elements(org, 'component').flatMap((c) => elements(c, 'observation').map((obs) => ({ obs, org }))),
      ),
      ...elements(entry, 'observation').map((obs) => ({ obs, org: undefined })),
    ];
    for (const { obs, org } of pairs) {
      if (isNullFlavored(obs) || isNegated(obs)) continue;
      const code = element(obs, 'code');
      const { value, unit } = observationValue(element(obs, 'value'), refs);
      if (isEmptyCode(code, refs) && !value) continue;
      const loinc = codeIn(code, LOINC);
      const name =
        codedName(code, refs) ?? referencedText(element(obs, 'text'), refs) ?? loinc ?? 'Unnamed result';
      const date = effectiveDate(obs) ?? effectiveDate(org);
      out.push(
        compact({
          recordKey: recordKey('result', loinc ?? name, date, value, unit),
          name,
          loinc,
          value,
          unit,
          referenceRange: referenceRangeOf(obs, refs),
          interpretation: interpretationOf(obs, refs),
          date,
        }),
      );
    }
  }
  return out;
}

function referenceRangeOf(obs: XmlNode, refs: NarrativeRefs): string | undefined {
  const range = at(obs, 'referenceRange', 'observationRange');
  if (!range) return undefined;
  const value = element(range, 'value');
  if (value && !isNullFlavored(value)) {
    const low = quantity(element(value, 'low'));
    const high = quantity(element(value, 'high'));
    const text = rangeText(low.value, high.value);
    const unit = low.unit ?? high.unit;
    if (text) return unit ? `${text} ${unit}` : text;
  }
  return referencedText(element(range, 'text'), refs);
}

const INTERPRETATIONS: Record<string, string> = {
  H: 'High',
  HH: 'Critically high',
  L: 'Low',
  LL: 'Critically low',
  N: 'Normal',
  A: 'Abnormal',
  AA: 'Critically abnormal',
  POS: 'Positive',
  NEG: 'Negative',
  R: 'Resistant',
  S: 'Susceptible',
  I: 'Intermediate',
};

function interpretationOf(obs: XmlNode, refs: NarrativeRefs): string | undefined {
  const code = element(obs, 'interpretationCode');
  if (!code || isNullFlavored(code)) return undefined;
  const raw = attr(code, 'code');
  return (raw ? INTERPRETATIONS[raw.toUpperCase()] : undefined) ?? codedName(code, refs) ?? raw;
}

/** Procedures: procedure, act and observation entries that are neither negated nor nullFlavored. */
export function readProcedures(sections: XmlNode[], refs: NarrativeRefs): PortalProcedure[] {
  const out: PortalProcedure[] = [];
  for (const entry of sections.flatMap((s) => elements(s, 'entry'))) {
    for (const stmt of elements(entry).filter((e) => ['procedure', 'act', 'observation'].includes(e.name))) {
      if (isNegated(stmt) || isNullFlavored(stmt)) continue;
      const code = element(stmt, 'code');
      if (isEmptyCode(code, refs) && !element(stmt, 'text')) continue;
      const name =
        codedName(code, refs) ?? referencedText(element(stmt, 'text'), refs) ?? 'Unnamed procedure';
      const codeValue = attr(code, 'code');
      const date = effectiveDate(stmt);
      out.push(
        compact({ recordKey: recordKey('procedure', codeValue ?? name, date), name, code: codeValue, date }),
      );
    }
  }
  return out;
}
