/**
 * Suggests medications from a document's text: printed medication lists (tables, including C-CDA ones
 * rendered with " | " between cells), prescriptions, discharge medication lists, and free text in visit
 * notes ("started on tamoxifen 20 mg daily"), OCR damage included. Drugs are recognised by the bundled
 * name list, plus, inside medication lists, any drug-like word followed by a strength. Suggestions are
 * for a person to accept: nothing here is stored.
 */
import { findDrugMentions, normalizeDrugName } from './drug-names.ts';
import type { DrugMention } from './drug-names.ts';
import { findStrengths, parseDoseAmount, parseDoseCell } from './dose-parse.ts';
import type { Amount } from './dose-parse.ts';
import { findDates } from './med-dates.ts';
import { repairOcrLine } from './ocr-repair.ts';
import { parseRoute, parseSig } from './sig-parse.ts';

/** One page of document text. */
export interface PageText {
  page: number;
  text: string;
}

/** A medication found in a document, with the line it came from. */
export interface MedicationSuggestion {
  /** the drug name as written */
  name: string;
  /** the generic it is (brands and salts resolved), or null when the name is not in the drug list */
  normalized: string | null;
  /** product strength ("500 mg", "100 mg/mL") */
  strength: string | null;
  /** amount per dose ("2 tablet", "500 mg") */
  dose: string | null;
  doseValue?: number;
  doseUnit?: string;
  route: string | null;
  /** how often, as written ("twice a day", "BID", "as needed") */
  frequency: string | null;
  /** most doses a day (BID → 2, weekly → 0.1429), null when not stated */
  perDay: number | null;
  /** ISO dates when the document states them */
  start: string | null;
  stop: string | null;
  evidence: { page: number; line: number; text: string };
}

const MAX_EVIDENCE = 300;

// ---- table columns ---------------------------------------------------------------------------------

type Column = 'name' | 'dose' | 'units' | 'route' | 'sig' | 'start' | 'stop' | 'dates' | 'skip';

/** What a header cell says its column holds (first rule that matches). */
const HEADER_RULES: [RegExp, Column][] = [
  [
    /^(?:code description|(?:ordered |filled |current |home |discharge )?medications?(?: name)?|drugs?(?: name)?|name|product(?: name)?|generic(?: name)?|brand(?: name)?)$/i,
    'name',
  ],
  [
    /\b(?:last modifi|modified|entered|reported|ordered by|prescriber|physician|provider|clinician|status|code|rxnorm|comment|indication|reason|qty|quantity|refill|days|dispense|monitored|group|components|fill|\?)/i,
    'skip',
  ],
  [/\b(?:medications?|drugs?)\b/i, 'name'],
  [/^(?:dose|dosage|amount|dose amount|dose quantity)$/i, 'dose'],
  [/^(?:units?|dose units?)$/i, 'units'],
  [/^route$/i, 'route'],
  [
    /\b(?:frequency|directions?|instructions?|sig|schedule|signature|route\s*\/\s*frequency|how to take|administration)\b/i,
    'sig',
  ],
  [/\b(?:start|begin|started|rx date|prescribed|effective|ordered|date started|first)\b/i, 'start'],
  [/\b(?:stop|end|upto|until|expir|discontinu)/i, 'stop'],
  [/^dates?(?: and time)?$/i, 'dates'],
];

function columnOf(header: string): Column | null {
  const h = header.trim();
  if (!h) return null;
  for (const [re, col] of HEADER_RULES) if (re.test(h)) return col;
  return null;
}

/** Columns of a header row, or null when the row is not a medication-table header. */
/** A name column that says it holds medications; a plain "Name" column counts only in a medication section. */
const MED_NAME_HEADER = /\b(?:medications?|drugs?|rx|prescriptions?|generic|brand)\b/i;

function readHeader(cells: string[]): (Column | null)[] | null {
  if (cells.some((c) => /\d/.test(c.replace(/\b(?:rx)?norm\b/i, '')) && !/^\s*$/.test(c))) return null;
  const cols = cells.map(columnOf);
  const recognised = cols.filter((c) => c !== null).length;
  if (!cols.includes('name') || recognised < 2 || recognised < cells.filter((c) => c.trim()).length / 2)
    return null;
  return cols;
}

// ---- sections and context --------------------------------------------------------------------------

const ALLERGY_HEADING = /\b(?:allerg|adverse reactions?|intolerances?)/i;
const MED_HEADING =
  /\b(?:medications?|meds|prescriptions?|rx|drugs?|discharge instructions|home regimen|current therapy)\b/i;
/** "ALLERGIES:", "Discharge Medications:", "HOME MEDICATIONS" (a short line in capitals). */
const HEADING = /^\s*(?:\d+\.\s*)?([A-Za-z][A-Za-z /&(),'-]{1,60}?)\s*:\s*(.*)$/;

/** Words before a drug that say it is not being taken (allergy, refusal, negation). */
const NOT_TAKEN_BEFORE =
  /\b(?:allerg\w*|intoleran\w*|reactions?|sensitiv\w*|not on|no longer on|denies|declined|refused|avoid|instead of|no)\s+(?:to\s+|of\s+|taking\s+|using\s+)?(?:\w+\s+){0,2}$/i;
/** Words just after a drug that make it an allergy entry ("penicillin (rash)", "sulfa - hives"). */
const ALLERGY_AFTER = /^\s*(?:[-:(]\s*)?(?:allerg\w*|rash|hives|anaphylaxis|swelling|itching)\b/i;
/** Where one drug's directions stop in running text. */
const CLAUSE_END =
  /(?<!\b(?:[a-z]|dr|mr|ms|vs|approx|tab|cap|inj|susp|soln|sol|p|q|b|t|d|h|o|r|n))[.;](?:\s|$)|\n/i;

/** Unknown drug-like words may not be these (they come before numbers in ordinary sentences). */
const NOT_A_NAME =
  /^(?:take|takes|taking|took|given|give|gave|received|receive|dose|doses|dosed|total|about|approximately|with|without|and|then|was|were|from|to|of|the|for|at|on|in|by|increase|increased|decrease|decreased|reduce|reduced|weight|weighs|weighed|blood|loss|level|levels|daily|each|every|per|tablet|tablets|capsule|capsules|injection|solution|oral|dosage|strength|tabs?|caps?|inhaler|units?|patient|estimated|intake|output|fluids?|contrast|ebl|urine|protein|sodium|potassium|calcium|glucose|hemoglobin|mass|lesion|tumor|measuring|measured|measures|size|volume|length|approx|range|goal|target|limit|max|maximum|minimum|over|under|less|more|than|only|after|before|until|since|also|other|another|this|that|these|those|will|continue|continued|remains|remain|above|below|last|full|needles?|syringes?|lancets?|strips?|pads?|swabs?|meter|gauze|catheters?|supplies)$/i;

// ---- the extractor ----------------------------------------------------------------------------------

interface Draft {
  name: string;
  normalized: string | null;
  strength: Amount | null;
  dose: Amount | null;
  route: string | null;
  frequency: string | null;
  perDay: number | null;
  start: string | null;
  stop: string | null;
  evidence: { page: number; line: number; text: string };
}

/**
 * Medication suggestions from a document's pages, deduplicated within the document (one drug at one
 * strength once; a later mention fills what an earlier one left blank).
 */
export function extractMedications(pages: PageText[]): MedicationSuggestion[] {
  const drafts: Draft[] = [];
  for (const page of pages) extractPage(page, drafts);
  return dedupe(drafts).map(toSuggestion);
}

/** Consecutive lines of running text, read as one so a sentence may wrap ("started on anastrozole 1 mg\ndaily"). */
interface Paragraph {
  text: string;
  /** offset in `text` where each line starts, with its line number and raw text */
  lines: { offset: number; line: number; raw: string }[];
  medContext: boolean;
}

function extractPage(page: PageText, out: Draft[]): void {
  const lines = page.text.split(/\r?\n/);
  let columns: (Column | null)[] | null = null;
  let section: 'meds' | 'allergy' | 'other' = 'other';
  let paragraph: Paragraph | null = null;
  // The entry a following "Sig:" line belongs to (prescriptions put directions on their own line).
  let previous: { draft: Draft; line: number } | null = null;
  // The section an inline allergy list returns to when its sentence ends.
  let allergyUntilSentenceEnd: 'meds' | 'allergy' | 'other' | null = null;

  const emit = (found: Draft[], index: number): void => {
    out.push(...found);
    const last = found[found.length - 1];
    if (last) previous = { draft: last, line: index };
  };
  const flush = (): void => {
    if (paragraph)
      emit(readParagraph(paragraph, page.page), paragraph.lines[paragraph.lines.length - 1]?.line ?? 0);
    paragraph = null;
  };

  lines.forEach((raw, index) => {
    const line = repairOcrLine(raw.replace(/\t/g, ' | ')).trimEnd();
    if (!line.trim()) {
      flush();
      return;
    }
    const evidence = { page: page.page, line: index + 1, text: raw.trim().slice(0, MAX_EVIDENCE) };

    if (line.includes('|')) {
      flush();
      const cells = line.split('|').map((c) => c.trim());
      const header = readHeader(cells);
      if (header) {
        const nameHeader = cells[header.indexOf('name')] ?? '';
        // Problem, procedure and result tables also have a "Name" column: not a medication list.
        columns = section === 'meds' || MED_NAME_HEADER.test(nameHeader) ? header : null;
        return;
      }
      if (section === 'allergy' && !columns) return;
      const draft = readRow(cells, columns, section === 'meds' || columns !== null, evidence);
      if (draft) emit([draft], index + 1);
      return;
    }
    columns = null;
    if (SIG_LINE.test(line) && findDrugMentions(line).length === 0) {
      flush();
      const target = previous as { draft: Draft; line: number } | null;
      if (target && index + 1 - target.line <= 2) {
        fillFromDirections(target.draft, line.replace(SIG_LINE, ''));
        target.line = index + 1;
        return;
      }
    }

    let body = line;
    const heading = HEADING.exec(line);
    const capsLine =
      (CAPS_LINE.test(line) || TITLE_LINE.test(line)) && line.trim().length <= 60 && !/\d/.test(line);
    if (heading && !/\d/.test(heading[1] ?? '') && findDrugMentions(heading[1] ?? '').length === 0) {
      flush();
      const next = sectionOf(heading[1] ?? '', section);
      body = heading[2] ?? '';
      // "ALLERGIES: Penicillin." on one line: the allergy list ends with its sentence.
      allergyUntilSentenceEnd = next === 'allergy' && body.trim() !== '' ? section : null;
      section = next;
    } else if (capsLine && findDrugMentions(line).length === 0) {
      flush();
      section = sectionOf(line, section);
      return;
    }
    if (section === 'allergy' || !body.trim()) {
      if (allergyUntilSentenceEnd && /[.!?]\s*$/.test(line)) {
        section = allergyUntilSentenceEnd;
        allergyUntilSentenceEnd = null;
      }
      return;
    }

    // A list item, or in a medication list a line that starts with a drug, begins a new entry.
    const startsEntry =
      LIST_ITEM.test(body) || (section === 'meds' && findDrugMentions(body)[0]?.start === body.search(/\S/));
    if (startsEntry) flush();
    const current: Paragraph = paragraph ?? {
      text: '',
      lines: [],
      medContext: section === 'meds' || LIST_ITEM.test(body),
    };
    const offset = current.text ? current.text.length + 1 : 0;
    current.text = current.text ? `${current.text} ${body.trim()}` : body.trim();
    current.lines.push({ offset, line: index + 1, raw: raw.trim() });
    paragraph = current;
  });
  flush();
}

/** Drafts from a paragraph of running text, each with the line its drug name is on. */
function readParagraph(p: Paragraph, page: number): Draft[] {
  const evidenceAt = (offset: number): Draft['evidence'] => {
    const at = [...p.lines].reverse().find((l) => l.offset <= offset) ?? p.lines[0];
    return { page, line: at?.line ?? 0, text: (at?.raw ?? '').slice(0, MAX_EVIDENCE) };
  };
  return readFreeText(p.text, p.medContext, evidenceAt);
}

/** A line of directions on its own ("Sig: Take 1 tablet by mouth daily", "Directions: ..."). */
const SIG_LINE =
  /^\s*(?:sig|directions|instructions|dosing)\s*[:.-]?\s*|^(?=\s*(?:take|inject|inhale|apply|use|give|instill|dissolve|chew)\b)/i;

/** Fills what an entry lacks from a line of directions that follows it. */
function fillFromDirections(draft: Draft, directions: string): void {
  const sig = parseSig(directions);
  draft.dose ??= parseDoseAmount(stripConcentrations(directions));
  draft.route ??= sig.route ?? null;
  if (!draft.frequency && sig.text) {
    draft.frequency = sig.text;
    draft.perDay = sig.perDay;
  }
}

/** A heading in capitals ("DISCHARGE MEDICATIONS") or a short title ("Medications", "History of Medication Use"). */
const CAPS_LINE = /^[^a-z]*[A-Z]{3}[^a-z]*$/;
const TITLE_LINE = /^\s*[A-Z][A-Za-z/&'-]*(?:\s+(?:[A-Z][A-Za-z/&'-]*|of|and|the|for|to|on|in)){0,5}\s*$/;

/** A numbered or bulleted list line ("1. Tamoxifen 20 mg daily", "- metformin 500 mg"). */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-•*·o])\s+\S/;

const STATUS_LABEL =
  /^\s*(?:active|inactive|expired|current|discontinued|completed|stopped|held|new|changed|continued?|scheduled|prn|as needed|other|home|inpatient|outpatient)\b[\w\s]{0,20}$/i;

function sectionOf(heading: string, current: 'meds' | 'allergy' | 'other'): 'meds' | 'allergy' | 'other' {
  if (ALLERGY_HEADING.test(heading)) return 'allergy';
  if (MED_HEADING.test(heading)) return 'meds';
  // A status label inside a medication list ("Expired", "Active") keeps the section it is in.
  return current === 'meds' && STATUS_LABEL.test(heading) ? current : 'other';
}

/** Reads one table row (or a pipe-joined line without a header). */
function readRow(
  cells: string[],
  columns: (Column | null)[] | null,
  medContext: boolean,
  evidence: Draft['evidence'],
): Draft | null {
  const cellsOf = (col: Column): string[] => (columns ? cells.filter((_c, i) => columns[i] === col) : []);
  let nameIndex = columns ? columns.indexOf('name') : -1;
  let mentions: DrugMention[] = [];
  if (nameIndex >= 0) mentions = mentionsIn(cells[nameIndex] ?? '', true);
  if (mentions.length === 0) {
    // No header, or the name column has no known drug: take the first cell naming one.
    for (let i = 0; i < cells.length; i++) {
      if (columns && columns[i] && columns[i] !== 'name' && columns[i] !== 'sig') continue;
      const found = mentionsIn(cells[i] ?? '', medContext);
      if (found.length > 0) {
        nameIndex = i;
        mentions = found;
        break;
      }
    }
  }
  const nameCell = cells[nameIndex] ?? (columns ? '' : (cells[0] ?? ''));
  const mention = mentions[0];
  let name: string;
  let normalized: string | null;
  let afterName: string;
  if (mention) {
    name = mention.text;
    normalized = mention.generic;
    afterName = nameCell.slice(mention.end);
  } else {
    const unknown = unknownName(nameCell, columns !== null && nameIndex >= 0);
    if (!unknown) return null;
    name = unknown.name;
    const resolved = normalizeDrugName(unknown.name);
    normalized = resolved?.known ? resolved.generic : null;
    afterName = nameCell.slice(unknown.end);
  }

  const strengthsAfterName = findStrengths(afterName);
  const strengthAfterName = strengthsAfterName[0];
  const strength = strengthAfterName ?? findStrengths(nameCell)[0] ?? null;
  // Directions: the sig columns, else what follows the name and strength in its own cell (single-cell
  // entries: "ciprofloxacin 250 mg oral tablet 1 unit(s) orally 3 times a day"), strengths repeated
  // there ("(500 MCG/ML)", "(0.1 mg)") blanked out.
  let directions = afterName;
  for (const s of [...strengthsAfterName].reverse()) {
    directions = directions.slice(0, s.start) + ' '.repeat(s.end - s.start) + directions.slice(s.end);
  }
  directions = strengthAfterName ? directions.slice(strengthAfterName.end) : directions;
  const sigCells = cellsOf('sig');
  const sigText = (
    sigCells.length > 0 ? sigCells : [...(columns ? [] : cells.slice(nameIndex + 1)), directions]
  ).join(' ; ');
  const sig = parseSig(sigText);
  // The amount the directions say to take ("take 1 capsule") wins over a Dose column, which some lists
  // fill with the strength.
  const doseCell = cellsOf('dose')[0];
  const dose =
    parseDoseAmount(stripConcentrations(sigText)) ??
    (doseCell ? parseDoseCell(doseCell, cellsOf('units')[0] ?? '') : null) ??
    doseFrom(sigText, strengthAfterName ? strength : null, directions);
  const route = parseRoute(cellsOf('route').join(' ')) ?? sig.route ?? parseRoute(afterName);
  const dates = readRowDates(cells, columns);
  return {
    name,
    normalized,
    strength,
    dose,
    route: route ?? null,
    frequency: sig.text || null,
    perDay: sig.perDay,
    start: dates.start,
    stop: dates.stop,
    evidence,
  };
}

/** Mentions usable in a medication cell: context words allowed, close spellings allowed. */
function mentionsIn(cell: string, medContext: boolean): DrugMention[] {
  return findDrugMentions(cell, () => medContext).filter(
    (m) => medContext || !m.needsContext || strengthFollows(cell, m.end),
  );
}

/** A name cell with no known drug: the words before the strength, when they look like a drug name. */
function unknownName(cell: string, isNameColumn: boolean): { name: string; end: number } | null {
  const strength = findStrengths(cell)[0];
  const head = (strength ? cell.slice(0, strength.start) : cell).replace(/\[.*?\]|\(.*?\)/g, ' ').trim();
  const words = head.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length === 0 || words.length > 6) return null;
  if (/^(?:no|none|not|unknown|n\/a|nka|nkda|denies)\b/i.test(head)) return null;
  if (!strength && !isNameColumn) return null;
  if (words.every((w) => NOT_A_NAME.test(w))) return null;
  const name = words.join(' ').replace(/[,;:]+$/, '');
  return { name, end: strength ? strength.start : cell.length };
}

/**
 * The amount per dose: stated in the directions ("take 2 tablets"), else the strength itself when a
 * frequency or route follows it directly ("tamoxifen 20 mg daily": 20 mg is what is taken).
 */
function doseFrom(directions: string, strength: Amount | null, afterStrength: string): Amount | null {
  const explicit = parseDoseAmount(stripConcentrations(directions));
  if (explicit) return explicit;
  if (strength && !CONCENTRATION.test(strength.unit ?? '') && DOSE_CONTEXT.test(afterStrength))
    return strength;
  return null;
}

/** Units of a concentration (never a dose), unlike weight- or surface-based doses ("10 mg/kg", "75 mg/m2"). */
const CONCENTRATION = /\/(?!kg|m2)/;

/** After a strength, these make it the dose given ("20 mg daily", "500 mg PO BID", "2 g IV"). */
const DOSE_CONTEXT =
  /^\s*(?:,\s*)?(?:po|p\.o\.|iv|im|sc|sq|subq|subcut\w*|intraven\w*|intramusc\w*|by mouth|orally|topically|with|daily|once|twice|three|four|every|each|q\s*\d|q\.?d|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|q\.?h\.?s|q\.?am|q\.?pm|at bedtime|nightly|weekly|monthly|prn|as needed|x\s*\d|for\b)/i;

/** Directions without concentrations ("0.09 MG/ACTUAT") and bracketed equivalents ("(0.1 mg)"): neither is a dose. */
function stripConcentrations(text: string): string {
  return text
    .replace(
      /\d+(?:\.\d+)?\s*(?:mg|mcg|g|gm|units?)\s*\/\s*(?:\d+(?:\.\d+)?\s*)?(?:ml|actuat\w*|inh|spray|dose)\b/gi,
      ' ',
    )
    .replace(/\(\s*(?:\d+(?:\.\d+)?|\.\d+)\s*(?:mg|mcg|g|gm|units?)\s*\)/gi, ' ');
}

function readRowDates(
  cells: string[],
  columns: (Column | null)[] | null,
): { start: string | null; stop: string | null } {
  let start: string | null = null;
  let stop: string | null = null;
  if (columns) {
    cells.forEach((cell, i) => {
      const col = columns[i];
      const dates = findDates(cell);
      if (col === 'start' && !start) start = dates[0]?.iso ?? null;
      else if (col === 'stop' && !stop) stop = dates[0]?.iso ?? null;
      else if (col === 'dates' && dates.length > 0) {
        start ??= dates[0]?.iso ?? null;
        if (dates.length > 1) stop ??= dates[1]?.iso ?? null;
      }
    });
  }
  const labelled = labelledDates(cells.join(' | '));
  return { start: start ?? labelled.start, stop: stop ?? labelled.stop };
}

const START_LABEL = /\b(?:start(?:ed)?(?: on| date)?|began|begun|begin|initiated|since|from)\s*:?\s*$/i;
const STOP_LABEL =
  /\b(?:end(?:ed)?(?: date)?|stop(?:ped)?(?: on| date)?|until|through|thru|discontinued(?: on)?|d\/c(?:'?d)?(?: on)?|completed(?: on)?|to)\s*:?\s*$/i;

/** "Start: 22-Jun-2015 End: 1-Jul-2015", "started 3/4/2021", "from 2015/06/22 - 2015/07/02". */
function labelledDates(text: string): { start: string | null; stop: string | null } {
  let start: string | null = null;
  let stop: string | null = null;
  const dates = findDates(text);
  dates.forEach((d, i) => {
    const before = text.slice(Math.max(0, d.start - 24), d.start);
    if (
      STOP_LABEL.test(before) ||
      (i > 0 && /^\s*(?:-|–|to)\s*$/.test(text.slice(dates[i - 1]?.end ?? 0, d.start)))
    )
      stop ??= d.iso;
    else if (START_LABEL.test(before)) start ??= d.iso;
  });
  return { start, stop };
}

const START_WORDS =
  /\b(?:start(?:ed|ing)?|began|begun|begin|initiated|restarted|resumed|since|prescribed|placed on|put on|switched to|added)\b/gi;
const STOP_WORDS = /\b(?:stop(?:ped)?|discontinued|d\/c'?d|held|completed|finished|ended|until|through)\b/gi;

/** Dates in a sentence of running text: after "started" a start, after "stopped" a stop (the nearer word wins). */
function sentenceDates(sentence: string): { start: string | null; stop: string | null } {
  const labelled = labelledDates(sentence);
  let start = labelled.start;
  let stop = labelled.stop;
  for (const d of findDates(sentence)) {
    if (d.iso === start || d.iso === stop) continue;
    const before = sentence.slice(0, d.start);
    const lastStart = Math.max(-1, ...[...before.matchAll(START_WORDS)].map((m) => m.index));
    const lastStop = Math.max(-1, ...[...before.matchAll(STOP_WORDS)].map((m) => m.index));
    if (lastStop > lastStart) stop ??= d.iso;
    else if (lastStart >= 0) start ??= d.iso;
  }
  return { start, stop };
}

/** A strength right after a position ("tamoxifen 20 mg"), allowing a few words of form in between; a percentage does not count. */
function strengthFollows(text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  const s = findStrengths(rest)[0];
  if (!s || s.unit === '%') return false;
  const between = rest.slice(0, s.start);
  return /^[\s\w\-(),]*$/.test(between) && between.trim().split(/\s+/).length <= 3;
}

/** Drugs named in running text (visit notes, discharge summaries, list lines). */
function readFreeText(
  text: string,
  medContext: boolean,
  evidenceAt: (offset: number) => Draft['evidence'],
): Draft[] {
  const mentions = findDrugMentions(text, (end) => strengthFollows(text, end)).filter(
    (m) => (!m.needsContext || medContext || strengthFollows(text, m.end)) && !notTaken(text, m),
  );
  const drafts: Draft[] = [];
  mentions.forEach((m, i) => {
    const next = mentions[i + 1]?.start ?? text.length;
    const stopAt = CLAUSE_END.exec(text.slice(m.end, next));
    const context = text.slice(m.end, stopAt ? m.end + stopAt.index : next);
    drafts.push(draftFromContext(m.text, m.generic, context, text, m.start, evidenceAt(m.start)));
  });
  if (medContext) drafts.push(...unknownInText(text, mentions, evidenceAt));
  return drafts;
}

function notTaken(text: string, m: DrugMention): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('.', m.start - 1), text.lastIndexOf(';', m.start - 1), 0);
  return NOT_TAKEN_BEFORE.test(text.slice(sentenceStart, m.start)) || ALLERGY_AFTER.test(text.slice(m.end));
}

function draftFromContext(
  name: string,
  normalized: string | null,
  context: string,
  text: string,
  at: number,
  evidence: Draft['evidence'],
): Draft {
  const strength = findStrengths(context)[0] ?? null;
  const directions = strength ? context.slice(strength.end) : context;
  const sig = parseSig(context);
  const dose = doseFrom(directions, strength, directions);
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', at - 1) + 1);
  const dates = sentenceDates(text.slice(sentenceStart, at + name.length + context.length + 1));
  return {
    name,
    normalized,
    strength,
    dose,
    route: sig.route ?? null,
    frequency: sig.text || null,
    perDay: sig.perDay,
    start: dates.start,
    stop: dates.stop,
    evidence: { ...evidence },
  };
}

/** In a medication list, drug-like words the list does not know, followed by a strength ("Zorbexa 40 mg daily"). */
function unknownInText(
  text: string,
  known: DrugMention[],
  evidenceAt: (offset: number) => Draft['evidence'],
): Draft[] {
  const drafts: Draft[] = [];
  const re = /\b([A-Za-z][A-Za-z-]{3,}(?:\s+[A-Za-z][A-Za-z-]{3,})?)\s+(?=\d|\.\d)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + (m[1] ?? '').length;
    if (known.some((k) => start < k.end + 30 && end > k.start - 1)) continue;
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !NOT_A_NAME.test(w));
    if (words.length === 0 || !strengthFollows(text, end)) continue;
    const name = words.join(' ');
    const stopAt = CLAUSE_END.exec(text.slice(end));
    drafts.push(
      draftFromContext(
        name,
        null,
        text.slice(end, stopAt ? end + stopAt.index : text.length),
        text,
        start,
        evidenceAt(start),
      ),
    );
  }
  return drafts;
}

// ---- merging ----------------------------------------------------------------------------------------

function keyOf(d: Draft): string {
  return (d.normalized ?? d.name).toLowerCase();
}

const sameAmount = (a: Amount | null, b: Amount | null): boolean =>
  !a || !b || (a.value === b.value && a.unit === b.unit);
const sameValue = <T>(a: T | null, b: T | null): boolean => a === null || b === null || a === b;

/** Both say how often and disagree ("once" and "every 6 hours" are two entries; "daily" and "once daily" one). */
function sameSchedule(a: Draft, b: Draft): boolean {
  if (!a.frequency || !b.frequency) return true;
  if (a.perDay !== null || b.perDay !== null) return a.perDay === b.perDay;
  return a.frequency.toLowerCase() === b.frequency.toLowerCase();
}

/** Two mentions of one drug are one entry unless they disagree (another strength, dose, schedule or date). */
function compatible(a: Draft, b: Draft): boolean {
  return (
    keyOf(a) === keyOf(b) &&
    sameAmount(a.strength, b.strength) &&
    sameAmount(a.dose, b.dose) &&
    sameSchedule(a, b) &&
    sameValue(a.start, b.start) &&
    sameValue(a.stop, b.stop)
  );
}

function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const match = out.find((o) => compatible(o, d));
    if (!match) {
      out.push(d);
      continue;
    }
    match.strength ??= d.strength;
    match.dose ??= d.dose;
    match.route ??= d.route;
    if (!match.frequency) {
      match.frequency = d.frequency;
      match.perDay = d.perDay;
    }
    match.start ??= d.start;
    match.stop ??= d.stop;
  }
  return out;
}

function toSuggestion(d: Draft): MedicationSuggestion {
  return {
    name: d.name,
    normalized: d.normalized,
    strength: d.strength?.text ?? null,
    dose: d.dose?.text ?? null,
    ...(d.dose ? { doseValue: d.dose.value } : {}),
    ...(d.dose?.unit ? { doseUnit: d.dose.unit } : {}),
    route: d.route,
    frequency: d.frequency,
    perDay: d.perDay,
    start: d.start,
    stop: d.stop,
    evidence: d.evidence,
  };
}
