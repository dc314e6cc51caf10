import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../shared/categories.ts';
import type { Medication } from '../../../shared/schemas/meds.schema.ts';
import type { PacketFacts, SourcedLine } from './packet-facts.service.ts';
import { fitText } from './page-bands.ts';
import { MARGIN, type PdfWriter } from './pdf-writer.ts';

/** One row of the document index. */
export interface IndexEntry {
  id: string;
  category: CategoryId;
  title: string;
  docDate: string | null;
  pages: number;
}

const FINDING_LABELS: Record<PacketFacts['findings'][number]['kind'], string> = {
  diagnosis: 'Diagnosis',
  histology: 'Type',
  grade: 'Grade',
  stage: 'Stage',
  biomarker: 'Marker',
};

function sourced(line: SourcedLine): string {
  return line.source ? `${line.text}  (${line.source})` : line.text;
}

/** One line per item, or the plain statement that nothing was found. */
function list(w: PdfWriter, lines: string[], none: string): void {
  if (lines.length === 0) w.paragraph(none, { gray: 0.35, indent: 12 });
  for (const line of lines) w.paragraph(`•  ${line}`, { indent: 12 });
}

function dose(med: Medication): string {
  const last = med.periods.at(-1);
  return [med.strength, last?.dose, last?.frequency].filter(Boolean).join(', ');
}

/** The one-page overview: who, diagnosis as stated, key findings, treatment, medicines, allergies. */
export function drawOverview(w: PdfWriter, facts: PacketFacts): void {
  w.newPage();
  w.heading('Second-opinion summary', 18);
  w.labelled('Patient', facts.person.name);
  w.labelled('Date of birth', facts.person.birthDate ?? 'not recorded');
  w.space(4);
  w.heading('Diagnosis (as stated in the records)', 12);
  list(w, facts.diagnoses.slice(0, 8).map(sourced), 'No diagnosis is stated in the included records.');
  if (facts.findings.length) {
    w.heading('Key pathology findings (quoted from the reports)', 12);
    list(
      w,
      facts.findings.slice(0, 10).map((f) => `${FINDING_LABELS[f.kind]}: ${sourced(f)}`),
      '',
    );
  }
  w.heading('Treatment so far', 12);
  list(w, facts.treatment.slice(0, 10).map(sourced), 'No treatment is recorded in the included records.');
  w.heading('Current medications', 12);
  const current = facts.medications.filter((m) => m.current);
  list(
    w,
    current.map((m) => [m.name, dose(m), m.route].filter(Boolean).join(' — ')),
    'No current medications are recorded.',
  );
  if (facts.allergies.length) {
    w.heading('Allergies', 12);
    list(w, facts.allergies.map(sourced), '');
  }
  w.space(8);
  w.paragraph(
    `Prepared by ${facts.preparedBy} on ${facts.preparedAt.toISOString().slice(0, 10)}. ` +
      'Every statement above is taken from the records in this packet; the source is given in brackets.',
    { size: 8.5, gray: 0.35 },
  );
}

/** The medication history table (one row per period) and, when dates allow, the timeline chart. */
export function drawMedicationHistory(w: PdfWriter, medications: Medication[], today: string): void {
  w.newPage();
  w.heading('Medication history', 15);
  if (medications.length === 0) {
    w.paragraph('No medicines are recorded.', { gray: 0.35 });
    return;
  }
  const rows = medications.flatMap((m) =>
    (m.periods.length ? m.periods : [null]).map((p) => [
      m.generic && m.generic.toLowerCase() !== m.name.toLowerCase() ? `${m.name} (${m.generic})` : m.name,
      [m.strength, p?.dose].filter(Boolean).join(' ') + (p?.state === 'paused' ? ' (paused)' : ''),
      m.route ?? '',
      p?.frequency ?? '',
      p?.from ?? '',
      p ? (p.to ?? (m.current ? 'ongoing' : '')) : '',
      m.reason ?? '',
    ]),
  );
  w.table(
    [
      { title: 'Drug', width: 18 },
      { title: 'Dose', width: 16 },
      { title: 'Route', width: 11 },
      { title: 'Frequency', width: 14 },
      { title: 'Start', width: 11 },
      { title: 'Stop', width: 11 },
      { title: 'Reason', width: 19 },
    ],
    rows,
  );
  drawTimeline(w, medications, today);
}

/** A partial date ("2025", "2025-03") as a day number, at the start of the period it names. */
function dayOf(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

function drawTimeline(w: PdfWriter, medications: Medication[], today: string): void {
  const bars = medications.flatMap((m) =>
    m.periods
      .filter((p) => p.from)
      .map((p) => ({
        name: m.name,
        from: dayOf(p.from!),
        to: dayOf(p.to ?? today),
        paused: p.state === 'paused',
      })),
  );
  if (bars.length === 0) return;
  const names = [...new Set(bars.map((b) => b.name))];
  const start = Math.min(...bars.map((b) => b.from));
  const end = Math.max(start + 30, ...bars.map((b) => b.to));
  const labelWidth = 130;
  const chartX = MARGIN + labelWidth;
  const chartWidth = w.width - labelWidth;
  const xOf = (day: number) => chartX + ((day - start) / (end - start)) * chartWidth;
  const rowHeight = 14;

  w.space(10);
  w.heading('Timeline', 12);
  const axis = () => {
    const first = new Date(start * 86_400_000).getUTCFullYear();
    const last = new Date(end * 86_400_000).getUTCFullYear();
    const step = Math.max(1, Math.ceil((last - first + 1) / 8));
    for (let year = first; year <= last + 1; year += step) {
      const x = xOf(dayOf(String(year)));
      if (x < chartX || x > chartX + chartWidth) continue;
      w.rect(x, w.y - 12, 0.5, 10, 0.6);
      w.text(String(year), x + 2, w.y - 10, 7, w.fonts.regular, 0.4);
    }
    w.space(14);
  };
  w.ensure(rowHeight * 3);
  axis();
  for (const name of names) {
    const before = w.pageCount;
    w.ensure(rowHeight);
    if (w.pageCount !== before) axis();
    w.text(fitText(name, w.fonts.regular, 8, labelWidth - 6), MARGIN, w.y - 10, 8, w.fonts.regular, 0);
    for (const bar of bars.filter((b) => b.name === name))
      w.rect(xOf(bar.from), w.y - 11, Math.max(2, xOf(bar.to) - xOf(bar.from)), 9, bar.paused ? 0.75 : 0.35);
    w.space(rowHeight);
  }
  w.paragraph('Dark bars: taking; light bars: paused. Undated periods are in the table only.', {
    size: 7.5,
    gray: 0.4,
  });
}

/** The dated index of included documents by checklist category, with each one's first page in the packet. */
export function drawDocumentIndex(
  w: PdfWriter,
  entries: IndexEntry[],
  firstPageOf: (id: string) => number,
): void {
  w.newPage();
  w.heading('Documents in this packet', 15);
  for (const category of CATEGORY_IDS) {
    const of = entries.filter((e) => e.category === category);
    if (of.length === 0) continue;
    w.ensure(60);
    w.heading(`${CATEGORY_LABELS[category]} (${of.length})`, 11);
    w.table(
      [
        { title: 'Date', width: 14 },
        { title: 'Document', width: 62 },
        { title: 'Pages', width: 9 },
        { title: 'Page', width: 10 },
      ],
      of.map((e) => [e.docDate ?? 'undated', e.title, String(e.pages), String(firstPageOf(e.id))]),
    );
  }
  if (entries.length === 0) w.paragraph('No documents were selected.', { gray: 0.35 });
}
