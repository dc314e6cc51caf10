import { escapeHtml } from './html-page.ts';
import type { PortalExport } from './portal.types.ts';

type Row = (string | undefined)[];

/**
 * Tables of the records read from an export (FHIR has no document narrative to show, so this is its
 * readable form): HTML tables with every cell escaped, and text rows with cells joined by " | ".
 */
export function renderRecords(e: PortalExport): { html: string; text: string } {
  const blocks: [string, string[], Row[]][] = [
    [
      'Medications',
      ['Medication', 'Dose', 'Route', 'How often', 'Start', 'Stop', 'Status'],
      e.medications.map((m) => [
        m.name,
        [m.dose, m.doseUnit].filter(Boolean).join(' '),
        m.route,
        m.frequency,
        m.start,
        m.stop,
        m.status,
      ]),
    ],
    ['Problems', ['Problem', 'Onset', 'Status'], e.problems.map((p) => [p.name, p.onset, p.status])],
    [
      'Results',
      ['Test', 'Value', 'Reference range', 'Interpretation', 'Date'],
      e.results.map((r) => [
        r.name,
        [r.value, r.unit].filter(Boolean).join(' '),
        r.referenceRange,
        r.interpretation,
        r.date,
      ]),
    ],
    [
      'Allergies',
      ['Substance', 'Reaction', 'Severity'],
      e.allergies.map((a) => [a.substance, a.reaction, a.severity]),
    ],
    ['Procedures', ['Procedure', 'Date'], e.procedures.map((p) => [p.name, p.date])],
    ['Attached documents', ['Title', 'Date', 'Type'], e.documents.map((d) => [d.title, d.date, d.mime])],
  ];
  const html: string[] = [];
  const text: string[] = [];
  for (const [title, head, rows] of blocks) {
    if (rows.length === 0) continue;
    const cells = (row: Row, tag: string): string =>
      row.map((c) => `<${tag}>${escapeHtml(c ?? '')}</${tag}>`).join('');
    html.push(
      `<h2>${escapeHtml(title)}</h2>`,
      `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`,
    );
    text.push(title, ...rows.map((r) => r.map((c) => c ?? '').join(' | ')), '');
  }
  return { html: html.join('\n'), text: text.join('\n').trim() };
}
