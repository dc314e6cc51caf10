import {
  documentIsDayFirst,
  findDateMentions,
  mentionToIso,
  possibleIsoDates,
  type DateMention,
} from './date-mentions.ts';

/** Options of extractDocumentDate. */
export interface DocumentDateOptions {
  /** Dates that must never be taken as the document date: the birth dates (YYYY-MM-DD) of the vault's people. */
  excludeDates?: string[];
  /** Day/month order for numeric dates when the document itself does not settle it (default month-first, US). */
  dayFirst?: boolean;
}

/** Labels that name the date of the service a document records; higher is more specific. */
const SERVICE_LABELS: [RegExp, number][] = [
  [
    /\b(?:date of (?:service|procedure|surgery|operation|exam(?:ination)?|visit|encounter|collection|study|report)|(?:service|procedure|surgery|operation|exam|visit|encounter|collection|study|report|specimen|test) date|d\.?o\.?s\.?)\b/i,
    4,
  ],
  [
    /\b(?:collected|collection|date spec(?:imen)? taken|specimen (?:taken|collected)|date of discharge|discharge date|discharged|performed|date completed|completed|final report|reported|report(?:ed)? on|exam(?:ined)? on|seen on|effective)\b/i,
    3,
  ],
  [
    /\b(?:date of admission|admission date|admit date|dict(?:ated)? date|date of note|note date|entry date|signed|verified|authenticated|date)\b/i,
    2,
  ],
  [/\b(?:received|rec'?d|dictated|transcribed|created|updated|processed)\b/i, 1],
];

/** Print stamps, and page-header lines (dates there are print dates unless labelled otherwise). */
const PRINTED = /\bprint(?:ed)?\b/i;
const PAGE_HEADER = /\bpage \d+ of \d+/i;
/** Labels of birth dates. */
const BIRTH = /\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born|birthday)\b/i;
/** Labels of dates about something else (drug start, problem onset, card validity): weak candidates only. */
const OTHER_DATES =
  /\b(?:onset|start(?:ed)?|stop(?:ped)?|end date|expir\w*|last filled|fill date|refill|resolved|since|billable period|period|plan period|due|next appointment|follow[- ]up)\b/i;

interface Candidate {
  iso: string;
  score: number;
}

/** The line of a mention and the text before it on that line, back to the previous date. */
function contextOf(text: string, mentions: DateMention[], order: number): { before: string; line: string } {
  const m = mentions[order] as DateMention;
  const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
  const lineEnd = text.indexOf('\n', m.index);
  const prev = mentions[order - 1];
  const from = prev && prev.index + prev.raw.length > lineStart ? prev.index + prev.raw.length : lineStart;
  return {
    before: text.slice(from, m.index),
    line: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd),
  };
}

function labelScore(before: string, line: string): number {
  // The label nearest before the date counts most; a label elsewhere on the line counts a little.
  const near = before.slice(-40);
  for (const [re, score] of SERVICE_LABELS) if (re.test(near)) return score;
  if (!line) return 0;
  for (const [re, score] of SERVICE_LABELS) if (re.test(line)) return score / 2;
  return 0;
}

/**
 * The date of the service or report a document records, as YYYY-MM-DD, or null. Printed-on dates, page
 * headers and birth dates (labelled ones, and every date in `excludeDates` under either day/month order)
 * are never chosen. Labelled service dates win; otherwise the first remaining date.
 */
export function extractDocumentDate(text: string, options: DocumentDateOptions = {}): string | null {
  const excluded = new Set(options.excludeDates ?? []);
  const mentions = findDateMentions(text);
  const dayFirst = documentIsDayFirst(mentions, options.dayFirst ?? false);
  const candidates: Candidate[] = [];
  mentions.forEach((m, order) => {
    const iso = mentionToIso(m, dayFirst);
    if (!iso) return;
    if (possibleIsoDates(m).some((d) => excluded.has(d))) return;
    const { before, line } = contextOf(text, mentions, order);
    if (PRINTED.test(before) || BIRTH.test(before)) return;
    if (PAGE_HEADER.test(line) && labelScore(before, '') === 0) return;
    let score = labelScore(before, line);
    if (OTHER_DATES.test(before)) score -= 2;
    // Earlier mentions are likelier the document's own date (title blocks come first).
    score -= order * 0.01;
    candidates.push({ iso, score });
  });
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score);
  return (candidates[0] as Candidate).iso;
}
