import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../errors.ts';

/** One XML element with its namespace prefix removed (`sdtc:raceCode` → `raceCode`, `xsi:type` → `type`). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}

/** Element or text, in document order (narrative blocks mix both). */
export type XmlChild = XmlNode | string;

/** Deepest element nesting we accept; real C-CDA stays well below 60 levels. */
export const MAX_XML_DEPTH = 200;

const TEXT = '#text';
const CDATA = '#cdata';
const ATTRS = ':@';

// Entities are never expanded by the parser (processEntities: false): a DOCTYPE that declares entities is
// refused before parsing, and the five predefined entities plus character references are decoded by
// decodeXmlEntities below, which cannot expand to anything longer than one character.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  maxNestedTags: MAX_XML_DEPTH,
});

/**
 * Parses untrusted XML into an XmlNode tree, safely: DOCTYPEs that declare entities (billion laughs,
 * external entities) are refused, entities are never expanded, nesting is limited, and malformed XML is
 * reported in plain words with its line number.
 */
export function parseXmlSafely(text: string): XmlNode {
  if (/<!DOCTYPE/i.test(text) && /<!ENTITY/i.test(text)) {
    throw new AppError(
      'FILE_REFUSED',
      'This file declares its own XML entities, which patient-portal exports never do and which can be used to attack the program reading it. It was not opened.',
    );
  }
  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (verdict !== true) {
    throw new AppError(
      'INVALID_INPUT',
      `This file is not valid XML (the problem is near line ${verdict.err.line}). It may be damaged or cut short: download the export from the portal again.`,
    );
  }
  let ordered: unknown;
  try {
    ordered = parser.parse(text);
  } catch (error) {
    const tooDeep = error instanceof Error && /nest/i.test(error.message);
    throw new AppError(
      tooDeep ? 'FILE_REFUSED' : 'INVALID_INPUT',
      tooDeep
        ? 'This XML file is nested far more deeply than any medical record. It was not opened.'
        : 'This file is not valid XML. It may be damaged or cut short: download the export from the portal again.',
      { cause: error },
    );
  }
  const root = toChildren(ordered).find((c): c is XmlNode => typeof c !== 'string');
  if (!root)
    throw new AppError('INVALID_INPUT', 'This XML file is empty. Download the export from the portal again.');
  return root;
}

function toChildren(ordered: unknown): XmlChild[] {
  if (!Array.isArray(ordered)) return [];
  const out: XmlChild[] = [];
  for (const item of ordered as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ATTRS) continue;
      if (key === TEXT) out.push(decodeXmlEntities(String(value)));
      else if (key === CDATA) out.push(...cdataText(value));
      else out.push({ name: key, attrs: toAttrs(item[ATTRS]), children: toChildren(value) });
    }
  }
  return out;
}

function cdataText(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v: Record<string, unknown>) => String(v[TEXT] ?? '')) : [];
}

function toAttrs(raw: unknown): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) attrs[k] = decodeXmlEntities(String(v));
  }
  return attrs;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and numeric character references; anything else stays as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Child elements, optionally only those with a given local name. */
export function elements(node: XmlNode | undefined, name?: string): XmlNode[] {
  if (!node) return [];
  return node.children.filter(
    (c): c is XmlNode => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** First child element with that local name. */
export function element(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return elements(node, name)[0];
}

/** Follows a path of child names, taking the first match at each step. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = element(current, name);
  return current;
}

/** Every descendant element with that local name, in document order. */
export function descendants(node: XmlNode | undefined, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode): void => {
    for (const c of elements(n)) {
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  if (node) visit(node);
  return out;
}

/** An attribute's value, trimmed; undefined when absent or blank. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.attrs[name]?.trim();
  return value ? value : undefined;
}

// Elements whose boundaries separate words; inline ones (content, sub, sup) join their text as written.
const BLOCK_ELEMENTS = new Set([
  'br',
  'paragraph',
  'list',
  'item',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'p',
  'div',
  'li',
]);

/** All text inside an element, whitespace collapsed. */
export function textContent(node: XmlNode | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const visit = (n: XmlNode): void => {
    for (const c of n.children) {
      if (typeof c === 'string') parts.push(c);
      else {
        if (BLOCK_ELEMENTS.has(c.name)) parts.push(' ');
        visit(c);
        if (BLOCK_ELEMENTS.has(c.name)) parts.push(' ');
      }
    }
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
