import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildLoadVault, FULL_LOAD, type LoadVaultSize } from './load-vault.ts';
import type { CallFigures, LoadMeasureInput, LoadMeasurements } from './load-measure.ts';
import { megabytes, REPO, run } from './timed-run.ts';

const MEASURE = path.join(REPO, 'main/bench/load-measure.ts');
const PASSPHRASE = 'benchmark passphrase long enough';

const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} B`;
const count = (n: number) => n.toLocaleString('en-US');

/** The table of calls: what the person sees the first time, once warm, and what the router adds. */
function callTable(rows: [string, CallFigures][]): string[] {
  const header = ['call', 'first', 'median', 'p95', 'core', 'router', 'answer'];
  const cells = rows.map(([label, f]) => [
    label,
    ms(f.firstMedianMs),
    ms(f.medianMs),
    ms(f.p95Ms),
    ms(f.coreMedianMs),
    `${(f.medianMs / f.coreMedianMs).toFixed(2)}×`,
    size(f.payloadBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(header), ...cells.map(line)];
}

/**
 * Load benchmark: a family vault of 10,000 documents, 50,000 pages and 2,000 medicines (load-vault.ts),
 * then — in a fresh process, as the app would be after unlocking — search, lists, opening documents, the
 * medication log, the case checklist and a 300-document packet, all through the real API router, each
 * beside the same work as a direct core call; the packet's appendix merge beside qpdf. Prints a table and
 * a JSON line.
 */
export async function runLoadBench(
  options: { size?: LoadVaultSize; exportDocuments?: number; print?: (line: string) => void } = {},
) {
  const print = options.print ?? ((line: string) => process.stdout.write(line + '\n'));
  const vaultSize = options.size ?? FULL_LOAD;
  const exportDocuments = options.exportDocuments ?? 300;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-load-bench-'));
  try {
    print(
      `load: building a vault of ${count(vaultSize.documents)} documents / ${count(vaultSize.pages)} pages / ` +
        `${count(vaultSize.medications)} medicines for ${vaultSize.people} people…`,
    );
    const vaultDir = path.join(dir, 'vault');
    const built = await buildLoadVault(vaultDir, PASSPHRASE, vaultSize, { print });
    const { counts } = built;
    print(
      `load: built in ${seconds(built.ms.total)} — ${count(counts.files)} encrypted files (${size(counts.fileBytes)}, ` +
        `${count(counts.pictures)} page pictures) in ${seconds(built.ms.files)}, document and page rows in ` +
        `${seconds(built.ms.rows)}, medication log (${count(counts.medicationEvents)} events) and cases in ` +
        `${seconds(built.ms.medications)}`,
    );
    print(
      "load: stored with the importer's file store and repository calls, rows committed per 250 documents; " +
        'no OCR or classifier (categories and dates as generated), files written without fsync',
    );

    const person = built.people[0]!;
    const input: LoadMeasureInput = {
      vaultDir,
      personId: person.id,
      workDir: path.join(dir, 'work'),
      exportDocuments,
    };
    await mkdir(input.workDir);
    const child = await run(process.execPath, [MEASURE, JSON.stringify(input)], {
      ...process.env,
      LOAD_BENCH_PASSPHRASE: PASSPHRASE,
    });
    if (child.code !== 0) throw new Error(`load: the measuring process failed (exit ${child.code})`);
    const m = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as LoadMeasurements;

    print(
      `load: unlocked in ${seconds(m.unlockMs)} (Argon2id, database, orphan sweep), peak RSS then ${megabytes(m.rssAfterUnlockKb)}`,
    );
    print(
      `load: one person's binder — ${count(m.list.documents)} documents, ${m.meds.medications} medicines:`,
    );
    for (const line of callTable([
      [`search:pages (${m.search.queries} queries, median ${m.search.medianHits} hits)`, m.search],
      [`documents:list (all ${count(m.list.documents)})`, m.list],
      [`review:list (filtered: ${m.review.documents} unsure)`, m.review],
      ['documents:counts', m.counts],
      ['open a PDF (details, pages, pictures)', m.openPdf],
      ['open a photo (details, picture, thumbnail)', m.openPhoto],
      [`meds:list (${m.meds.medications} medicines)`, m.meds],
      [`cases:checklist (${m.checklist.items} items)`, m.checklist],
    ]))
      print(`  ${line}`);
    print(
      '  (first: the first time after unlocking; core: the same work called directly; router: the share the ' +
        "API's validation adds; answer: JSON size)",
    );
    print(
      `load: packet of ${m.exportPdf.documents} documents (${count(m.exportPdf.pages)} pages): summary PDF in ` +
        `${seconds(m.exportPdf.ms)} (${size(m.exportPdf.bytes)}), USB folder in ${seconds(m.exportFolder.ms)} ` +
        `(${m.exportFolder.files} files, ${size(m.exportFolder.bytes)}, verified ${m.exportFolder.verified ? 'ok' : 'FAILED'})`,
    );
    print(
      `load: peak RSS ${megabytes(m.rssBeforeExportKb)} before the packet, ${megabytes(m.exportPdf.peakRssKb)} after ` +
        `the PDF, ${megabytes(m.exportFolder.peakRssKb)} after the folder; whole measuring process ${megabytes(child.peakRssKb)}`,
    );
    print(
      `load: appendix merge of the packet's ${m.merge.files} PDF originals (${count(m.merge.pages)} pages) — ` +
        `pdf-lib ${seconds(m.merge.pdfLibMs)}, qpdf ${seconds(m.merge.qpdfMs)} (exit ${m.merge.qpdfCode}), ` +
        `ratio ${(m.merge.pdfLibMs / m.merge.qpdfMs).toFixed(1)}×`,
    );
    const result = {
      bench: 'load',
      size: vaultSize,
      built: { counts: built.counts, ms: built.ms },
      measured: m,
      processPeakRssKb: child.peakRssKb,
    };
    print(JSON.stringify(result));
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
