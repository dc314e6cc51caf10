import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CATEGORY_IDS } from '../../shared/categories.ts';
import { saveFacts, setUserCategory } from '../core/documents/documents.repo.ts';
import { storeDocument } from '../core/documents/documents.service.ts';
import { insertPage } from '../core/documents/pages.repo.ts';
import { runExport } from '../core/export/export.service.ts';
import { addMedication } from '../core/medlog/medication-log.service.ts';
import { addPerson } from '../core/people/people.service.ts';
import { createVault } from '../core/vault/vault.service.ts';
import { compareMerge } from './merge-reference.ts';
import { megabytes } from './timed-run.ts';

/** A two-page text-layer report, different for every document (so nothing is a duplicate). */
async function makeReport(n: number, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([612, 792]);
    const lines = [
      `Report ${n} page ${p}`,
      ...Array.from(
        { length: 40 },
        (_, i) => `Line ${i + 1} of report ${n}: findings described in plain words.`,
      ),
    ];
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 740 - i * 17, size: 10, font }));
  }
  return pdf.save();
}

/**
 * Export benchmark: a packet of `documents` generated PDFs (`pagesEach` pages) in a temp vault — time and
 * peak memory of the whole summary-PDF export and of the folder export, and the appendix merge by pdf-lib
 * against `qpdf --empty --pages … -- out.pdf` on the same files in the same run.
 */
export async function runExportBench(
  options: { documents?: number; pagesEach?: number; print?: (line: string) => void } = {},
) {
  const print = options.print ?? ((line: string) => process.stdout.write(line + '\n'));
  const count = options.documents ?? 300;
  const pagesEach = options.pagesEach ?? 2;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-export-bench-'));
  const { session } = await createVault(path.join(dir, 'vault'), 'benchmark passphrase long enough');
  try {
    const person = addPerson(session, { name: 'Bench Person', birthDate: '1960-01-01' });
    const files: string[] = [];
    for (let n = 0; n < count; n++) {
      const bytes = await makeReport(n, pagesEach);
      const file = path.join(dir, `report-${String(n).padStart(3, '0')}.pdf`);
      await writeFile(file, bytes);
      files.push(file);
      const row = storeDocument(session, {
        personId: person.id,
        originalName: path.basename(file),
        mime: 'application/pdf',
        kind: 'pdf',
        bytes,
      });
      for (let p = 1; p <= pagesEach; p++)
        insertPage(session.db, {
          documentId: row.id,
          pageNo: p,
          source: 'text-layer',
          text: `Report ${n} page ${p}`,
          confidence: null,
          rotation: 0,
          imageFileId: null,
          thumbFileId: null,
          wordsFileId: null,
          width: 612,
          height: 792,
        });
      session.db.prepare('UPDATE documents SET page_count = ? WHERE id = ?').run(pagesEach, row.id);
      saveFacts(session.db, row.id, {
        category: 'other',
        confidence: 1,
        scores: {},
        evidence: [],
        title: `Report ${n}`,
        docDate: `20${String(10 + (n % 15)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
        facility: null,
        clinician: null,
        printedName: null,
        printedBirthDate: null,
        printedRecordNumber: null,
      });
      setUserCategory(session.db, row.id, CATEGORY_IDS[n % CATEGORY_IDS.length]!);
    }
    for (let m = 0; m < 12; m++)
      addMedication(session, {
        personId: person.id,
        name: `Medicine ${m}`,
        dose: `${10 * (m + 1)} mg`,
        frequency: 'once daily',
        start: `20${15 + (m % 10)}-0${1 + (m % 9)}`,
      });
    const control = { report: () => undefined, signal: new AbortController().signal };
    const totalPages = count * pagesEach;

    const before = process.resourceUsage().maxRSS;
    let started = performance.now();
    const pdf = await runExport(
      session,
      { personId: person.id, format: 'pdf', out: path.join(dir, 'packet.pdf') },
      control,
    );
    const pdfMs = performance.now() - started;
    const peakKb = process.resourceUsage().maxRSS;
    print(
      `export: ${count} documents / ${totalPages} pages → summary PDF of ${pdf.pages} pages in ${(pdfMs / 1000).toFixed(1)} s, ` +
        `peak RSS ${megabytes(peakKb)} (was ${megabytes(before)} before the export)`,
    );

    started = performance.now();
    const folder = await runExport(
      session,
      { personId: person.id, format: 'folder', out: path.join(dir, 'folder') },
      control,
    );
    const folderMs = performance.now() - started;
    print(
      `export: USB folder (${folder.files.length} files, written and read back) in ${(folderMs / 1000).toFixed(1)} s, ` +
        `verified ${folder.verification.ok ? 'ok' : 'FAILED'}`,
    );

    const merge = await compareMerge(files, dir);
    print(
      `export: appendix merge of ${merge.pages} pages — pdf-lib ${(merge.pdfLibMs / 1000).toFixed(2)} s, ` +
        `qpdf ${(merge.qpdf.ms / 1000).toFixed(2)} s (exit ${merge.qpdf.code}, peak RSS ${megabytes(merge.qpdf.peakRssKb)}), ` +
        `ratio ${(merge.pdfLibMs / merge.qpdf.ms).toFixed(1)}×`,
    );
    return {
      pdf: { ms: pdfMs, pages: pdf.pages, peakRssKb: peakKb },
      folder: { ms: folderMs, ok: folder.verification.ok },
      merge: { pdfLibMs: merge.pdfLibMs, qpdfMs: merge.qpdf.ms },
    };
  } finally {
    session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
