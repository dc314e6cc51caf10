/** One page's text. */
export interface PageText {
  pageNo: number;
  text: string;
}

/** A line quoted from a report, with what it is and the page it is on. Never paraphrased. */
export interface QuotedFinding {
  kind: 'diagnosis' | 'histology' | 'grade' | 'stage' | 'biomarker';
  text: string;
  pageNo: number;
}

const DIAGNOSIS_HEADING = /^\s*(?:final\s+|pathologic(?:al)?\s+)?diagnos[ie]s\s*(?:[:-]\s*(.*))?$/i;
/** Headings that end the diagnosis section: known section names, or any short ALL-CAPS heading. */
const NEXT_SECTION =
  /^\s*(?:comments?|notes?|gross|microscopic|clinical|specimen|history|synoptic|addendum|electronically|signed|pathologist|procedure|intraoperative)\b/i;
const CAPS_HEADING = /^\s*[A-Z][A-Z /&-]{3,40}:?\s*$/;

const KINDS: [QuotedFinding['kind'], RegExp][] = [
  ['histology', /^\s*(?:histologic(?:al)?\s+type|histology|tumou?r\s+type)\s*[:-]/i],
  [
    'grade',
    /\b(?:nottingham|gleason|who|histologic(?:al)?|nuclear|tumou?r)?\s*grade\b.{0,40}(?:\b[1-4]\b|\bI{1,3}V?\b|low|intermediate|high|well|moderately|poorly)/i,
  ],
  [
    'stage',
    /\b(?:y?p|c)T(?:[0-4][a-d]?|is|x)\s*\(?\w*\)?\s*N(?:[0-3][a-c]?|x)\b|\bstage\s+(?:[0IV]{1,4}[ABC]?\d?)\b/i,
  ],
  [
    'biomarker',
    /\b(?:ER|PR|HER-?2|Ki-?67|PD-?L1|MSI|MMR|EGFR|ALK|KRAS|BRAF|BRCA[12]?|ROS1|NTRK|PIK3CA)\b|\b(?:estrogen|oestrogen|progesterone)\s+receptor\b/,
  ],
];
/** A biomarker line must state a result, not just name the test. */
const RESULT_WORDS =
  /\b(?:positive|negative|equivocal|detected|not detected|mutat\w*|amplif\w*|stable|unstable|high|low|intact|loss|proficient|deficient|wild[- ]type)\b|\d+\s*%|\b[0-3]\+/i;

const MAX_LINE = 220;
const MAX_DIAGNOSIS_LINES = 6;

/**
 * Finds the diagnosis as a pathology report states it (its FINAL DIAGNOSIS or DIAGNOSIS section) and the
 * key findings a second-opinion doctor looks for first — histologic type, grade, stage, receptor and
 * biomarker status — as the report's own lines with their page. Nothing is inferred: a finding that is
 * not printed in a recognisable line is left out.
 */
export function extractPathologyFindings(pages: PageText[]): QuotedFinding[] {
  const out: QuotedFinding[] = [];
  const seen = new Set<string>();
  const add = (kind: QuotedFinding['kind'], text: string, pageNo: number) => {
    const clean = text.replace(/\s+/g, ' ').trim().slice(0, MAX_LINE);
    const key = clean.toLowerCase();
    if (clean.length < 3 || seen.has(key)) return;
    seen.add(key);
    out.push({ kind, text: clean, pageNo });
  };
  for (const page of pages) {
    const lines = page.text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const heading = DIAGNOSIS_HEADING.exec(lines[i]!);
      if (!heading) continue;
      const section: string[] = heading[1]?.trim() ? [heading[1]] : [];
      for (let j = i + 1; j < lines.length && section.length < MAX_DIAGNOSIS_LINES; j++) {
        const line = lines[j]!;
        if (!line.trim()) {
          if (section.length) break;
          continue;
        }
        if (NEXT_SECTION.test(line) || CAPS_HEADING.test(line)) break;
        section.push(line);
      }
      for (const line of section) add('diagnosis', line, page.pageNo);
    }
  }
  for (const page of pages) {
    for (const line of page.text.split(/\r?\n/)) {
      for (const [kind, pattern] of KINDS) {
        if (!pattern.test(line)) continue;
        if (kind === 'biomarker' && !RESULT_WORDS.test(line)) continue;
        add(kind, line, page.pageNo);
        break;
      }
    }
  }
  return out;
}
