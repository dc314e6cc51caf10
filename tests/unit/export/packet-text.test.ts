import { describe, expect, it } from 'vitest';
import { extractPathologyFindings } from '../../../main/core/export/pathology-findings.ts';
import { documentFileName, safeName, uniqueName } from '../../../main/core/export/packet-names.ts';
import {
  boxesToBlackOut,
  findSensitiveNumbers,
  redactText,
} from '../../../main/core/export/sensitive-numbers.ts';

const box = (x: number) => ({ x0: x, y0: 0, x1: x + 10, y1: 10 });

describe('sensitive numbers', () => {
  it('finds SSNs and labelled member ids, not dates or phone numbers', () => {
    const text =
      'SSN: 123-45-6789\nMember ID: XK4455321\nSeen 2026-02-03, call 555-123-4567\nSocial Security No. 987654321';
    expect(findSensitiveNumbers(text).sort()).toEqual(['123-45-6789', '987654321', 'XK4455321']);
    expect(redactText(text).text).not.toMatch(/6789|XK44|987654321/);
    expect(redactText(text).text).toContain('2026-02-03');
  });

  it('blacks out the OCR words that spell a number, even split or glued to the label', () => {
    const words = [
      { text: 'SSN', confidence: 90, bbox: box(0) },
      { text: '123-45-', confidence: 90, bbox: box(20) },
      { text: '6789', confidence: 90, bbox: box(40) },
      { text: 'ID:XK4455321', confidence: 90, bbox: box(60) },
      { text: '45', confidence: 90, bbox: box(80) },
    ];
    expect(boxesToBlackOut(words, ['123-45-6789', 'XK4455321'])).toEqual([box(20), box(40), box(60)]);
  });
});

describe('pathology findings', () => {
  it('quotes the diagnosis section and key findings with their page, and invents nothing', () => {
    const findings = extractPathologyFindings([
      { pageNo: 1, text: 'FINAL DIAGNOSIS:\nInvasive lobular carcinoma\n\nCOMMENT: see note' },
      { pageNo: 2, text: 'Grade: 2\npT2 N1a\nPR: negative\nHER2 testing was ordered.' },
    ]);
    expect(findings).toEqual([
      { kind: 'diagnosis', text: 'Invasive lobular carcinoma', pageNo: 1 },
      { kind: 'grade', text: 'Grade: 2', pageNo: 2 },
      { kind: 'stage', text: 'pT2 N1a', pageNo: 2 },
      { kind: 'biomarker', text: 'PR: negative', pageNo: 2 },
    ]);
    expect(extractPathologyFindings([{ pageNo: 1, text: 'No report text here.' }])).toEqual([]);
  });
});

describe('packet names', () => {
  it('are neutral, sortable and safe on every file system', () => {
    expect(documentFileName('2026-02-03', 'pathology', 'Surgical pathology: L/R breast?', 'pdf')).toBe(
      '2026-02-03 pathology Surgical pathology L R breast.pdf',
    );
    expect(safeName('..Zoë & co  ')).toBe('Zoe and co');
    const taken = new Set<string>();
    expect([uniqueName('a.pdf', taken), uniqueName('A.pdf', taken)]).toEqual(['a.pdf', 'A (2).pdf']);
  });
});
