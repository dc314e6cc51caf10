/**
 * The measuring half of the load benchmark, run as its own process so its memory is that of an app that
 * has just started and unlocked a big vault:
 *
 *   LOAD_BENCH_PASSPHRASE=… node main/bench/load-measure.ts '{"vaultDir":…,"personId":…,"workDir":…}'
 *
 * Every figure goes through the real router (main/api/router.ts with the real handlers and AppContext),
 * with the inputs the screens send, and the same work is also timed as a direct core call: the ratio is
 * what the router's validation of input and output adds. Prints one JSON line (LoadMeasurements).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppContext } from '../api/app-context.ts';
import { handlers } from '../api/handlers/index.ts';
import { createRouter } from '../api/router.ts';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract.ts';
import type { ExportResult } from '../../shared/schemas/export.schema.ts';
import { personChecklist } from '../core/cases/cases.service.ts';
import { readDocumentBytes } from '../core/documents/documents.service.ts';
import {
  documentCounts,
  getDocumentDetail,
  listDocuments,
  pageImageDataUrl,
} from '../core/documents/documents-view.service.ts';
import { reviewQueue } from '../core/documents/review.service.ts';
import { KeytarKeychain } from '../core/keychain/keytar-keychain.ts';
import { listMedicationLog } from '../core/medlog/medication-log.service.ts';
import { searchPages } from '../core/search/search.service.ts';
import { LOAD_QUERIES } from './load-text.ts';
import { compareMerge } from './merge-reference.ts';

/** What the measuring process is told. The passphrase comes from LOAD_BENCH_PASSPHRASE. */
export interface LoadMeasureInput {
  vaultDir: string;
  personId: string;
  /** An empty folder for the packets and the merge reference. */
  workDir: string;
  /** How many of the person's documents go into the packet. */
  exportDocuments: number;
}

/** Median and 95th percentile of a set of timings. */
export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
}

/**
 * One call through the router (median and p95 once warm), the same work as a direct core call (the two
 * alternate, so both see the same caches), the first time it was asked, and the answer's size as JSON.
 */
export interface CallFigures extends Timing {
  coreMedianMs: number;
  firstMedianMs: number;
  payloadBytes: number;
}

export interface ExportFigures {
  ms: number;
  documents: number;
  pages: number;
  files: number;
  bytes: number;
  verified: boolean;
  /** Peak resident memory of the process so far (kB), read right after the export. */
  peakRssKb: number;
}

export interface LoadMeasurements {
  unlockMs: number;
  rssAfterUnlockKb: number;
  search: CallFigures & { queries: number; medianHits: number };
  list: CallFigures & { documents: number };
  review: CallFigures & { documents: number };
  counts: CallFigures;
  openPdf: CallFigures;
  openPhoto: CallFigures;
  meds: CallFigures & { medications: number };
  checklist: CallFigures & { items: number };
  rssBeforeExportKb: number;
  exportPdf: ExportFigures;
  exportFolder: ExportFigures;
  merge: { files: number; pages: number; pdfLibMs: number; qpdfMs: number; qpdfCode: number };
}

/** Median and p95 (nearest rank) of `values`. */
export function summarize(values: readonly number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { samples: sorted.length, medianMs: rank(0.5), p95Ms: rank(0.95) };
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Times a router call and the same direct core call, router first on even turns: whichever runs second
 * finds the pages the first one read in SQLite's cache, so alternating keeps the comparison fair.
 */
async function pair(
  turn: number,
  viaRouter: () => Promise<unknown>,
  direct: () => unknown,
  into: { api: number[]; core: number[] },
): Promise<void> {
  if (turn % 2 === 0) {
    into.api.push((await timed(viaRouter)).ms);
    into.core.push((await timed(direct)).ms);
  } else {
    into.core.push((await timed(direct)).ms);
    into.api.push((await timed(viaRouter)).ms);
  }
}

/** Unlocks the vault through the router and measures what a person does with one binder. */
export async function measureLoad(input: LoadMeasureInput, passphrase: string): Promise<LoadMeasurements> {
  const ctx = new AppContext({ vaultDir: input.vaultDir, keychain: new KeytarKeychain(), door: 'browser' });
  const dispatch = createRouter(ctx, handlers);
  async function call<K extends CallName>(name: K, callInput: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(name, callInput);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as CallOutput<K>;
  }
  /** Times `rounds` calls through the router and `rounds` direct core calls, after one of each to warm up. */
  async function compare<T>(rounds: number, viaRouter: () => Promise<T>, direct: () => unknown) {
    const { ms: firstMs, value: first } = await timed(viaRouter);
    direct();
    const times = { api: [] as number[], core: [] as number[] };
    for (let i = 0; i < rounds; i++) await pair(i, viaRouter, direct, times);
    const figures: CallFigures = {
      ...summarize(times.api),
      coreMedianMs: summarize(times.core).medianMs,
      firstMedianMs: firstMs,
      payloadBytes: Buffer.byteLength(JSON.stringify(first)),
    };
    return { figures, first };
  }

  const unlock = await timed(() => call('vault:unlock', { passphrase }));
  const rssAfterUnlockKb = process.resourceUsage().maxRSS;
  const session = ctx.session();
  const { personId } = input;
  try {
    // Search: a first pass over the fifty queries, then three timed passes.
    const queryInputs = LOAD_QUERIES.map((q) => ({ personId, ...q }));
    const firstPass: number[] = [];
    const hits: number[] = [];
    let payload = 0;
    for (const q of queryInputs) {
      const { ms, value } = await timed(() => call('search:pages', q));
      firstPass.push(ms);
      hits.push(value.length);
      payload += Buffer.byteLength(JSON.stringify(value));
    }
    const searchTimes = { api: [] as number[], core: [] as number[] };
    for (let round = 0; round < 3; round++) {
      for (const [i, q] of queryInputs.entries()) {
        await pair(
          round + i,
          () => call('search:pages', q),
          () => searchPages(session, q),
          searchTimes,
        );
      }
    }
    const search = {
      ...summarize(searchTimes.api),
      coreMedianMs: summarize(searchTimes.core).medianMs,
      firstMedianMs: summarize(firstPass).medianMs,
      payloadBytes: Math.round(payload / queryInputs.length),
      queries: queryInputs.length,
      medianHits: summarize(hits).medianMs,
    };

    const list = await compare(
      10,
      () => call('documents:list', { personId }),
      () => listDocuments(session, personId),
    );
    const review = await compare(
      10,
      () => call('review:list', { personId }),
      () => reviewQueue(session, personId),
    );
    const counts = await compare(
      10,
      () => call('documents:counts', { personId }),
      () => documentCounts(session, personId),
    );

    // Opening a document: its details with every page's text, the first page's picture and the
    // thumbnails (as DocumentScreen, PageViewer and PageThumbnails ask for them).
    const documents = list.first;
    const openDocument = async (id: string) => {
      const detail = await call('documents:get', { id });
      let bytes = Buffer.byteLength(JSON.stringify(detail));
      const picture = async (pageNo: number, size: 'full' | 'thumb') =>
        (await call('documents:pageImage', { id, pageNo, size })).dataUrl?.length ?? 0;
      const first = detail.pages[0];
      if (first?.hasImage) bytes += await picture(first.pageNo, 'full');
      for (const page of detail.pages.slice(0, 60).filter((p) => p.hasImage))
        bytes += await picture(page.pageNo, 'thumb');
      return bytes;
    };
    const openDirect = (id: string) => {
      const detail = getDocumentDetail(session, id);
      const first = detail.pages[0];
      if (first?.hasImage) pageImageDataUrl(session, id, first.pageNo, 'full');
      for (const page of detail.pages.slice(0, 60).filter((p) => p.hasImage))
        pageImageDataUrl(session, id, page.pageNo, 'thumb');
    };
    const spaced = (kind: string) => {
      const of = documents.filter((d) => d.kind === kind);
      return Array.from({ length: 15 }, (_, i) => of[Math.floor((i * of.length) / 15)]!).filter(Boolean);
    };
    // Each document is opened for the first time, then once more through the router and once directly.
    const openMany = async (ids: string[]): Promise<CallFigures> => {
      const first: number[] = [];
      const times = { api: [] as number[], core: [] as number[] };
      let bytes = 0;
      for (const [i, id] of ids.entries()) {
        const opened = await timed(() => openDocument(id));
        first.push(opened.ms);
        bytes += opened.value;
        await pair(
          i,
          () => openDocument(id),
          () => openDirect(id),
          times,
        );
      }
      return {
        ...summarize(times.api),
        coreMedianMs: summarize(times.core).medianMs,
        firstMedianMs: summarize(first).medianMs,
        payloadBytes: Math.round(bytes / Math.max(1, ids.length)),
      };
    };
    // Photos have a page picture; PDFs are mostly digital (the few scanned ones among them have pictures).
    const openPdf = await openMany(spaced('pdf').map((d) => d.id));
    const openPhoto = await openMany(spaced('jpeg').map((d) => d.id));

    const meds = await compare(
      10,
      () => call('meds:list', { personId }),
      () => listMedicationLog(session, personId),
    );
    const checklist = await compare(
      10,
      () => call('cases:checklist', { personId }),
      () => personChecklist(session, personId),
    );

    // The packet for the doctor: the summary PDF, then the USB folder, of the same documents.
    const documentIds = documents.slice(0, input.exportDocuments).map((d) => d.id);
    const rssBeforeExportKb = process.resourceUsage().maxRSS;
    const exportAs = async (format: 'pdf' | 'folder', out: string) => {
      const started = performance.now();
      const { jobId } = await call('export:start', { personId, documentIds, format, out });
      let job = await call('jobs:get', { jobId });
      while (job.status === 'running') {
        await sleep(20);
        job = await call('jobs:get', { jobId });
      }
      const ms = performance.now() - started;
      if (job.status !== 'done') throw new Error(`export ${format}: ${job.error?.message ?? job.status}`);
      const result = job.result as ExportResult;
      return {
        ms,
        documents: result.documents,
        pages: result.pages,
        bytes: result.files.reduce((sum, f) => sum + f.bytes, 0),
        files: result.files.length,
        verified: result.verification.ok,
        peakRssKb: process.resourceUsage().maxRSS,
      };
    };
    const exportPdf = await exportAs('pdf', path.join(input.workDir, 'packet.pdf'));
    const exportFolder = await exportAs('folder', path.join(input.workDir, 'packet'));

    // Native reference for the appendix: the same PDF originals merged by qpdf.
    const originals = path.join(input.workDir, 'originals');
    await mkdir(originals);
    const pdfFiles: string[] = [];
    for (const doc of documents.slice(0, input.exportDocuments).filter((d) => d.kind === 'pdf')) {
      const file = path.join(originals, `${doc.id}.pdf`);
      await writeFile(file, readDocumentBytes(session, doc.id));
      pdfFiles.push(file);
    }
    const merge = await compareMerge(pdfFiles, input.workDir);

    return {
      unlockMs: unlock.ms,
      rssAfterUnlockKb,
      search,
      list: { ...list.figures, documents: documents.length },
      review: { ...review.figures, documents: review.first.length },
      counts: counts.figures,
      openPdf,
      openPhoto,
      meds: { ...meds.figures, medications: meds.first.length },
      checklist: { ...checklist.figures, items: checklist.first.items.length },
      rssBeforeExportKb,
      exportPdf,
      exportFolder,
      merge: {
        files: merge.files,
        pages: merge.pages,
        pdfLibMs: merge.pdfLibMs,
        qpdfMs: merge.qpdf.ms,
        qpdfCode: merge.qpdf.code,
      },
    };
  } finally {
    ctx.lock('user');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const input = JSON.parse(process.argv[2] ?? '{}') as LoadMeasureInput;
  const figures = await measureLoad(input, process.env.LOAD_BENCH_PASSPHRASE ?? '');
  process.stdout.write(JSON.stringify(figures) + '\n');
}
