import { escapeHtml } from './html-page.ts';
import type { XmlChild, XmlNode } from './xml-tree.ts';
import { attr, elements } from './xml-tree.ts';

/**
 * Renders CDA narrative blocks (`section/text`), and the XHTML narrative of FHIR resources, to whitelisted
 * HTML and to plain text. Only the CDA narrative vocabulary and basic XHTML text markup are translated; every other element contributes its text alone, all text is
 * escaped, and no attribute other than a numeric colspan/rowspan survives (no links, no images, no styles).
 */
export function narrativeHtml(node: XmlNode): string {
  return node.children.map(childHtml).join('');
}

function childHtml(child: XmlChild): string {
  // Runs of whitespace render as one space anyway; collapsing them keeps the page small.
  if (typeof child === 'string') return escapeHtml(child.replace(/\s+/g, ' '));
  const inner = (): string => narrativeHtml(child);
  switch (child.name) {
    case 'content':
      return contentHtml(child, inner());
    case 'paragraph':
    case 'p':
      return `<p>${inner()}</p>`;
    case 'div':
      return `<div>${inner()}</div>`;
    case 'ul':
    case 'ol':
    case 'li':
      return `<${child.name}>${inner()}</${child.name}>`;
    case 'b':
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'i':
    case 'em':
      return `<em>${inner()}</em>`;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `<p><strong>${inner()}</strong></p>`;
    case 'list':
      return attr(child, 'listType') === 'ordered' ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case 'item':
      return `<li>${inner()}</li>`;
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
    case 'caption':
    case 'sub':
    case 'sup':
      return `<${child.name}>${inner()}</${child.name}>`;
    case 'th':
    case 'td':
      return `<${child.name}${spanAttrs(child)}>${inner()}</${child.name}>`;
    case 'br':
      return '<br>';
    case 'col':
    case 'colgroup':
    case 'footnoteRef':
      return '';
    case 'renderMultiMedia':
      return '<span>[image not shown]</span>';
    case 'footnote':
      return `<small>${inner()}</small>`;
    default:
      return inner();
  }
}

function contentHtml(node: XmlNode, inner: string): string {
  if (attr(node, 'revised') === 'delete') return '';
  const style = attr(node, 'styleCode') ?? '';
  let html = inner;
  if (/\bbold\b/i.test(style)) html = `<strong>${html}</strong>`;
  if (/\bitalics\b/i.test(style)) html = `<em>${html}</em>`;
  if (/\bunderline\b/i.test(style)) html = `<u>${html}</u>`;
  return html;
}

function spanAttrs(cell: XmlNode): string {
  return ['colspan', 'rowspan']
    .map((name) => {
      const value = attr(cell, name) ?? attr(cell, name === 'colspan' ? 'colSpan' : 'rowSpan');
      return value && /^\d{1,3}$/.test(value) ? ` ${name}="${value}"` : '';
    })
    .join('');
}

const BLOCKS = new Set(
  ['paragraph', 'item', 'list', 'table', 'caption', 'thead', 'tbody', 'tfoot'].concat([
    'p',
    'div',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
  ]),
);

/** Plain text of a narrative block: one line per paragraph, list item and table row (cells joined by " | "). */
export function narrativeText(node: XmlNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const clean = line.replace(/[ \t\r\n]+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const visit = (n: XmlNode): void => {
    for (const c of n.children) {
      if (typeof c === 'string') {
        line += c;
        continue;
      }
      if (c.name === 'content' && attr(c, 'revised') === 'delete') continue;
      if (c.name === 'br') flush();
      else if (c.name === 'tr') {
        flush();
        line = elements(c)
          .filter((cell) => cell.name === 'td' || cell.name === 'th')
          .map((cell) => narrativeText(cell).replace(/\n/g, ' '))
          .join(' | ');
        flush();
      } else if (BLOCKS.has(c.name)) {
        flush();
        visit(c);
        flush();
      } else if (!['col', 'colgroup', 'footnoteRef', 'renderMultiMedia'].includes(c.name)) visit(c);
    }
  };
  visit(node);
  flush();
  return lines.join('\n');
}
