import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../shared/categories.ts';
import type { Medication } from '../../../shared/schemas/meds.schema.ts';
import type { PacketFacts, SourcedLine } from './packet-facts.service.ts';
import { fitText } from './page-bands.ts';
import { MARGIN, wrap, type ParagraphOptions, type PdfWriter } from './pdf-writer.ts';

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

/** A bulleted list (one item per line), or the plain statement that nothing was found. */
function list(w: PdfWriter, lines: string[], none: string): void {
  if (lines.length === 0) {
    if (none) w.paragraph(none, { gray: 0.35, indent: 12 });
    return;
  }
  w.group('L', () => {
    for (const line of lines) w.group('LI', () => w.paragraph(`•  ${line}`, { indent: 12, role: 'LBody' }));
  });
}

function dose(med: Medication): string {
  const last = med.periods.at(-1);
  return [med.strength, last?.dose, last?.frequency].filter(Boolean).join(', ');
}

/** What the overview could show of the question list. */
export interface OverviewOutcome {
  /** False when questions were left out or shortened: the full list then follows the index. */
  questionsComplete: boolean;
}

/**
 * The one-page overview: who, diagnosis as stated, key findings, treatment, medicines, allergies, the
 * questions for the doctor and who prepared the packet. Questions take the room left on the page; what
 * does not fit is pointed to `fullQuestionsPage`, where the whole list is printed.
 */
export function drawOverview(w: PdfWriter, facts: PacketFacts, fullQuestionsPage: number): OverviewOutcome {
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
  const prepared =
    `Prepared by ${facts.preparedBy} on ${facts.preparedAt.toISOString().slice(0, 10)}. ` +
    'The diagnosis, findings and treatment above are quoted from the records in this packet, with the ' +
    'source in brackets; the questions were written down for this visit.';
  const preparedStyle = { size: 8.5, gray: 0.35 };
  const questionsComplete = overviewQuestions(
    w,
    facts.questions,
    fullQuestionsPage,
    8 + w.paragraphHeight(prepared, preparedStyle),
  );
  w.space(8);
  w.paragraph(prepared, preparedStyle);
  return { questionsComplete };
}

type PacketQuestion = PacketFacts['questions'][number];

const QUESTION_STYLE = { indent: 12 } as const;
const ANSWER_STYLE = { indent: 30, size: 9, gray: 0.3 } as const;
/** In the overview a question keeps at most two lines, and so does its answer. */
const OVERVIEW_LINES = 2;
const QUESTION_HEADING = 'Questions for the doctor';

function questionText(q: PacketQuestion, n: number): string {
  return `${n}. ${q.text}`;
}

function answerText(q: PacketQuestion): string {
  return `Answered${q.answeredOn ? ` on ${q.answeredOn}` : ''}: ${q.answer ?? '(no answer written down)'}`;
}

/** Keeps the first `max` wrapped lines of `text`, the last one ending in an ellipsis. */
function clip(w: PdfWriter, text: string, style: ParagraphOptions, max: number) {
  const size = style.size ?? 10;
  const width = w.width - (style.indent ?? 0);
  const lines = wrap(text, w.fonts.regular, size, width);
  if (lines.length <= max) return { text, clipped: false };
  const kept = lines.slice(0, max);
  kept[max - 1] = fitText(`${kept[max - 1]} …`, w.fonts.regular, size, width);
  // wrap() keeps explicit line breaks, so the kept lines are drawn exactly as measured.
  return { text: kept.join('\n'), clipped: true };
}

/** One question (and its answer when answered) as a list item. */
function drawQuestion(w: PdfWriter, item: { question: string; answer: string | null }): void {
  w.group('LI', () =>
    w.group('LBody', () => {
      w.paragraph(item.question, QUESTION_STYLE);
      if (item.answer !== null) w.paragraph(item.answer, ANSWER_STYLE);
    }),
  );
}

/**
 * The question list in the room left on the overview page (less `reserve` for what follows it): open
 * questions first, answered ones with their answer, each shortened to two lines. Returns false when
 * anything was left out or shortened, after saying on which page the full list is.
 */
function overviewQuestions(
  w: PdfWriter,
  questions: PacketFacts['questions'],
  fullListPage: number,
  reserve: number,
): boolean {
  if (questions.length === 0) return true;
  const items = questions.map((q, i) => {
    const question = clip(w, questionText(q, i + 1), QUESTION_STYLE, OVERVIEW_LINES);
    const answer = q.answered ? clip(w, answerText(q), ANSWER_STYLE, OVERVIEW_LINES) : null;
    const height =
      w.paragraphHeight(question.text, QUESTION_STYLE) +
      (answer ? w.paragraphHeight(answer.text, ANSWER_STYLE) : 0);
    return {
      question: question.text,
      answer: answer?.text ?? null,
      clipped: question.clipped || !!answer?.clipped,
      height,
    };
  });
  w.heading(QUESTION_HEADING, 12);
  const room = w.room - reserve;
  const total = items.reduce((sum, item) => sum + item.height, 0);
  if (total <= room && !items.some((item) => item.clipped)) {
    w.group('L', () => items.forEach((item) => drawQuestion(w, item)), { numbering: 'Decimal' });
    return true;
  }
  const pointer = { size: 9, indent: 12, gray: 0.2 };
  // In order, up to the first that does not fit: the numbers on the page stay consecutive.
  let used = w.paragraphHeight('x', pointer);
  const shown: typeof items = [];
  for (const item of items) {
    if ((used += item.height) > room) break;
    shown.push(item);
  }
  w.group('L', () => shown.forEach((item) => drawQuestion(w, item)), { numbering: 'Decimal' });
  const omitted = items.length - shown.length;
  w.paragraph(
    omitted > 0
      ? `${omitted} more ${omitted === 1 ? 'question' : 'questions'}: the full list, with every answer, is on page ${fullListPage}.`
      : `Shortened here: the full list, with every answer, is on page ${fullListPage}.`,
    pointer,
  );
  return false;
}

/** Every question in full, open ones first, answered ones with their answer (when the overview could not hold them). */
export function drawQuestionList(w: PdfWriter, questions: PacketFacts['questions']): void {
  w.newPage();
  w.heading(QUESTION_HEADING, 15);
  w.group(
    'L',
    () =>
      questions.forEach((q, i) =>
        drawQuestion(w, { question: questionText(q, i + 1), answer: q.answered ? answerText(q) : null }),
      ),
    { numbering: 'Decimal' },
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

  const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  const first = yearOf(start);
  const last = yearOf(end);

  w.space(10);
  w.heading('Timeline', 12);
  const axis = () => {
    const step = Math.max(1, Math.ceil((last - first + 1) / 8));
    for (let year = first; year <= last + 1; year += step) {
      const x = xOf(dayOf(String(year)));
      if (x < chartX || x > chartX + chartWidth) continue;
      w.rect(x, w.y - 12, 0.5, 10, 0.6);
      w.text(String(year), x + 2, w.y - 10, 7, w.fonts.regular, 0.4);
    }
    w.space(14);
  };
  // A screen reader gets this sentence instead of the bars; the dates themselves are in the table.
  const alt =
    `Chart of when each medicine was taken, ${first} to ${last}: one row each for ` +
    `${names.join(', ')}; dark bars while taking, light bars while paused. The dates are in the table above.`;
  w.ensure(rowHeight * 3);
  w.group(
    'Figure',
    () => {
      axis();
      for (const name of names) {
        const before = w.pageCount;
        w.ensure(rowHeight);
        if (w.pageCount !== before) axis();
        w.text(fitText(name, w.fonts.regular, 8, labelWidth - 6), MARGIN, w.y - 10, 8, w.fonts.regular, 0);
        for (const bar of bars.filter((b) => b.name === name))
          w.rect(
            xOf(bar.from),
            w.y - 11,
            Math.max(2, xOf(bar.to) - xOf(bar.from)),
            9,
            bar.paused ? 0.75 : 0.35,
          );
        w.space(rowHeight);
      }
    },
    { alt },
  );
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
