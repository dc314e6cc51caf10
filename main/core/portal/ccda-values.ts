import { hl7Date } from './hl7-date.ts';
import type { XmlNode } from './xml-tree.ts';
import { attr, descendants, element, elements, textContent } from './xml-tree.ts';

/** Narrative text by element ID, so coded entries can point at the readable row (`<reference value="#x"/>`). */
export type NarrativeRefs = Map<string, string>;

/** Collects every `ID`-carrying element inside the sections' narrative blocks. */
export function collectNarrativeRefs(body: XmlNode | undefined): NarrativeRefs {
  const refs: NarrativeRefs = new Map();
  for (const text of descendants(body, 'text')) {
    for (const node of [text, ...allElements(text)]) {
      const id = attr(node, 'ID');
      if (id && !refs.has(id)) refs.set(id, textContent(node));
    }
  }
  return refs;
}

function allElements(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode): void => {
    for (const c of elements(n)) {
      out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

/** `negationInd="true"`: the entry states that something did NOT happen / is NOT present. */
export function isNegated(node: XmlNode | undefined): boolean {
  return attr(node, 'negationInd')?.toLowerCase() === 'true';
}

/** A `nullFlavor` on the element itself: the sender had no value for it. */
export function isNullFlavored(node: XmlNode | undefined): boolean {
  return attr(node, 'nullFlavor') !== undefined;
}

/** Text an element stands for: its `reference` resolved in the narrative, else its own text. */
export function referencedText(node: XmlNode | undefined, refs: NarrativeRefs): string | undefined {
  if (!node) return undefined;
  const ref = attr(element(node, 'reference'), 'value');
  const resolved = ref?.startsWith('#') ? refs.get(ref.slice(1)) : undefined;
  const own = textContent({
    ...node,
    children: node.children.filter((c) => typeof c === 'string' || c.name !== 'reference'),
  });
  return nonEmpty(resolved) ?? nonEmpty(own);
}

/** The readable name of a coded element: displayName, else originalText, else a translation's displayName. */
export function codedName(code: XmlNode | undefined, refs: NarrativeRefs): string | undefined {
  if (!code) return undefined;
  return (
    nonEmpty(attr(code, 'displayName')) ??
    referencedText(element(code, 'originalText'), refs) ??
    elements(code, 'translation')
      .map((t) => nonEmpty(attr(t, 'displayName')))
      .find(Boolean)
  );
}

/** The code from a given code system (OID), looking at translations too. */
export function codeIn(code: XmlNode | undefined, systemOid: string): string | undefined {
  if (!code) return undefined;
  for (const c of [code, ...elements(code, 'translation')]) {
    if (attr(c, 'codeSystem') === systemOid && attr(c, 'code')) return attr(c, 'code');
  }
  return undefined;
}

/** True when a coded element says nothing usable: nullFlavored with no original text or translation code. */
export function isEmptyCode(code: XmlNode | undefined, refs: NarrativeRefs): boolean {
  if (!code) return true;
  if (!isNullFlavored(code)) return false;
  return !referencedText(element(code, 'originalText'), refs);
}

/** Start and end of an entry's first interval effectiveTime (or its single point in time). */
export function effectiveRange(node: XmlNode | undefined): { start?: string; stop?: string } {
  const times = elements(node, 'effectiveTime');
  const interval = times.find((t) => !/PIVL|EIVL/.test(attr(t, 'type') ?? '')) ?? undefined;
  if (!interval) return {};
  const point = hl7Date(attr(interval, 'value'));
  if (point) return { start: point };
  return {
    start: hl7Date(attr(element(interval, 'low'), 'value')),
    stop: hl7Date(attr(element(interval, 'high'), 'value')),
  };
}

/** The date an observation refers to: its own effectiveTime point or start. */
export function effectiveDate(node: XmlNode | undefined): string | undefined {
  const { start, stop } = effectiveRange(node);
  return start ?? stop;
}

/** A physical quantity as value + unit ('1' is UCUM for "no unit"). */
export function quantity(node: XmlNode | undefined): { value?: string; unit?: string } {
  const value = attr(node, 'value');
  const unit = attr(node, 'unit');
  return { value, unit: unit && unit !== '1' ? unit : undefined };
}

/** An observation value of any HL7 data type as display text and unit. */
export function observationValue(
  value: XmlNode | undefined,
  refs: NarrativeRefs,
): { value: string; unit?: string } {
  if (!value || isNullFlavored(value)) return { value: '' };
  const type = (attr(value, 'type') ?? '').toUpperCase();
  if (type === 'PQ' || type === 'INT' || type === 'REAL' || type === 'BL' || type === 'MO') {
    const q = quantity(value);
    return { value: q.value ?? '', unit: q.unit };
  }
  if (type === 'IVL_PQ') {
    const low = quantity(element(value, 'low'));
    const high = quantity(element(value, 'high'));
    return { value: rangeText(low.value, high.value), unit: low.unit ?? high.unit };
  }
  if (type === 'RTO' || type.startsWith('RTO_')) {
    const n = attr(element(value, 'numerator'), 'value');
    const d = attr(element(value, 'denominator'), 'value');
    return { value: n && d ? `${n}:${d}` : '' };
  }
  if (attr(value, 'code') || attr(value, 'displayName') || element(value, 'originalText')) {
    return { value: codedName(value, refs) ?? attr(value, 'code') ?? '' };
  }
  const q = quantity(value);
  if (q.value) return { value: q.value, unit: q.unit };
  return { value: referencedText(value, refs) ?? '' };
}

/** "low–high", or a one-sided bound. */
export function rangeText(low: string | undefined, high: string | undefined): string {
  if (low && high) return `${low}–${high}`;
  if (low) return `≥ ${low}`;
  if (high) return `≤ ${high}`;
  return '';
}

/** First entryRelationship child observations of an act (the concern's problem or allergy observations). */
export function relatedObservations(node: XmlNode | undefined, typeCode?: string): XmlNode[] {
  return elements(node, 'entryRelationship')
    .filter((rel) => !typeCode || attr(rel, 'typeCode') === typeCode)
    .flatMap((rel) => elements(rel, 'observation'));
}

/** The value displayName of a nested observation with a given code (status 33999-4, severity SEV). */
export function nestedObservationValue(
  node: XmlNode,
  codes: string[],
  refs: NarrativeRefs,
): string | undefined {
  const obs = descendants(node, 'observation').find((o) =>
    codes.includes(attr(element(o, 'code'), 'code') ?? ''),
  );
  return obs ? codedName(element(obs, 'value'), refs) : undefined;
}

/** Trimmed text, or undefined when empty or a literal "null". */
export function nonEmpty(text: string | undefined): string | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  return clean && clean.toLowerCase() !== 'null' ? clean : undefined;
}
