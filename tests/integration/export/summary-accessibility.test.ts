import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../main/core/cases/cases.service.ts';
import { addQuestion, updateQuestion } from '../../../main/core/cases/questions.service.ts';
import { runExport } from '../../../main/core/export/export.service.ts';
import { buildPacketVault, type PacketVault } from './packet-fixture.ts';

let root: string;
let vault: PacketVault;
let caseId: string;
const control = () => ({ report: () => undefined, signal: new AbortController().signal });

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-export-a11y-'));
  vault = await buildPacketVault(root);
  caseId = createCase(vault.session, vault.ada.id, { diagnosis: 'Breast cancer' }).case.id;
});
afterAll(() => {
  vault?.session.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function exportPdf(name: string): Promise<{ file: string; pages: number }> {
  const file = path.join(root, name);
  const result = await runExport(
    vault.session,
    { personId: vault.ada.id, format: 'pdf', out: file },
    control(),
  );
  expect(result.verification.ok).toBe(true);
  return { file, pages: result.pages };
}

const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');

/** Bookmark titles with the 1-based page each opens, as qpdf reads them. */
function outline(file: string): Map<string, number> {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' }),
  );
  return new Map(
    (json.outlines as { title: string; destpageposfrom1: number }[]).map((o) => [
      o.title,
      o.destpageposfrom1,
    ]),
  );
}

describe('the question list on the overview', () => {
  it('lists open questions first and answered ones with their answer, on the one overview page', async () => {
    const mri = addQuestion(vault.session, { caseId, text: 'Should I have an MRI before surgery?' });
    addQuestion(vault.session, { caseId, text: 'Is a clinical trial an option for me?' });
    updateQuestion(vault.session, {
      id: mri.questions[0]!.id,
      answered: true,
      answer: 'Yes, the surgeon orders it.',
    });

    const { file } = await exportPdf('few-questions.pdf');
    const overview = pageText(file, 1);
    expect(overview).toContain('Questions for the doctor');
    expect(overview).toMatch(
      /1\. Is a clinical trial an option for me\?\s+2\. Should I have an MRI before surgery\?/,
    );
    expect(overview).toMatch(/Answered on \d{4}-\d{2}-\d{2}: Yes, the surgeon orders it\./);
    // Who prepared it still closes the same page, and nothing points to a continuation.
    expect(overview).toContain('Prepared by');
    expect(overview).not.toContain('the full list');
    expect(outline(file).has('Questions for the doctor')).toBe(false);
  });

  it('keeps the overview to one page with a long list and prints every question in full on the page it names', async () => {
    const long =
      'When the surgeon and the oncologist disagree about whether chemotherapy should come before or after ' +
      'the operation, who makes the final decision, how will we be told, and can we ask for a tumour board ' +
      'to look at the case again with the new scan?';
    addQuestion(vault.session, { caseId, text: long });
    for (let n = 1; n <= 30; n++)
      addQuestion(vault.session, { caseId, text: `Extra question ${n} about the treatment plan?` });

    const { file } = await exportPdf('many-questions.pdf');
    const overview = pageText(file, 1);
    const pointer = /(\d+) more questions: the full list, with every answer, is on page (\d+)\./.exec(
      overview,
    );
    expect(pointer).not.toBeNull();
    expect(overview).toContain('1. Is a clinical trial an option for me?');
    expect(overview).toContain('Prepared by');
    // The long question is shortened on the overview…
    expect(overview).not.toContain('with the new scan?');

    const fullPage = Number(pointer![2]);
    expect(outline(file).get('Questions for the doctor')).toBe(fullPage);
    const full = execFileSync('pdftotext', ['-f', String(fullPage), '-layout', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(full).toContain('Questions for the doctor');
    // …and complete on the page named, with the last question and the answer.
    expect(full).toContain('with the new scan?');
    expect(full).toMatch(
      /32\. Extra question 30 about the treatment plan\? 33\. Should I have an MRI before surgery\? Answered on [\d-]+: Yes, the surgeon orders it\./,
    );
  });
});

describe('the summary as a tagged PDF', () => {
  it('declares itself tagged, with its language and title shown in the window', async () => {
    const { file } = await exportPdf('tagged.pdf');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const pdf = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
    const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(String(pdf.catalog.lookup(PDFName.of('Lang')))).toContain('en-US');
    const prefs = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    execFileSync('qpdf', ['--check', file]);
  });

  it('has a structure tree of headings, lists, tables and a described chart that holds the text', async () => {
    const { file } = await exportPdf('structure.pdf');
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(tree).toMatch(/^Document\n {2}H1 \(block\)\n {4}"Second-opinion summary"/);
    expect(tree).toMatch(/H2 \(block\)\n\s+"Questions for the doctor"\n\s+L \(block\)/);
    expect(tree).toMatch(/LBody \(block\)\n\s+"• Letrozole — 2\.5 mg, 1 tablet, once daily — by mouth"/);
    expect(tree).toMatch(
      /H1 \(block\)\n\s+"Medication history"\n\s+Table \(block\)\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"Drug"/,
    );
    expect(tree).toMatch(/TD\n\s+"Tamoxifen"/);
    expect(tree).toMatch(/H1 \(block\)\n\s+"Documents in this packet"/);
    // Running headers and footers are artifacts, not content.
    expect(tree).not.toContain('Page 1 of');
    expect(tree).not.toContain('born 1961-04-12');

    const task = getDocument({ data: new Uint8Array(fs.readFileSync(file)) });
    const doc = await task.promise;
    try {
      type Node = { role?: string; alt?: string; children?: Node[] };
      const roles = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(roles)];
      const medicationPage = (await doc.getPage(2)).getStructTree() as Promise<Node>;
      const figure = roles(await medicationPage).find((n) => n.role === 'Figure');
      expect(figure?.alt).toMatch(
        /^Chart of when each medicine was taken, 2025 to 2026: .*Letrozole.*Tamoxifen/,
      );

      // Every text run on the summary pages is inside a tagged sequence or an artifact.
      const summaryPages = outline(file).get('Pathology reports (1)')! - 1;
      for (let n = 1; n <= summaryPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
        let depth = 0;
        let loose = 0;
        for (const item of content.items) {
          if ('type' in item && item.type.startsWith('beginMarkedContent')) depth++;
          else if ('type' in item && item.type === 'endMarkedContent') depth--;
          else if ('str' in item && item.str.trim() && depth === 0) loose++;
        }
        expect(loose, `untagged text on page ${n}`).toBe(0);
      }
    } finally {
      await task.destroy();
    }
  });
});
