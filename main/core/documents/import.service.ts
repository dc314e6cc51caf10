import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { sha256Hex } from '../crypto/aead.ts';
import { attachmentTitle } from '../portal/attachment.ts';
import { AppError, toErrorShape } from '../errors.ts';
import { checkLimits } from '../import/check-limits.ts';
import type { DocumentPage } from '../import/document-page.ts';
import { mayBeAudio, probeAudio } from '../import/audio/audio-probe.ts';
import { resolveLimits, type ImportLimits } from '../import/limits.ts';
import { readDocument } from '../import/read-document.ts';
import { REASONS, refuse } from '../import/refusal.ts';
import { sniffFileType } from '../import/sniff.ts';
import { mapWindowed } from '../import/windowed.ts';
import type { JobProgress } from '../jobs/job-runner.ts';
import { log } from '../log/logger.ts';
import type { OcrService } from '../ocr/ocr.types.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import * as docs from './documents.repo.ts';
import { storeDocument } from './documents.service.ts';
import { deletePages, insertPage } from './pages.repo.ts';
import { fingerprintDistance, NEAR_DUPLICATE_BITS, textFingerprint } from './text-fingerprint.ts';
import {
  factsToColumns,
  portalFacts,
  readDocumentFacts,
  type DocumentFacts,
} from './document-facts.service.ts';
import { readPortalFile, storePortalRecords, type PortalReading } from './portal-records.service.ts';
import { suggestFromDocument } from '../medlog/suggestions.service.ts';
import { checkIdentity } from './identity-check.ts';
import { recordingFacts } from './recording-facts.ts';
import { getPerson } from '../people/people.repo.ts';
import { listPeople } from '../people/people.service.ts';

/** What happened to one file of a batch. */
export type ImportOutcome =
  | {
      file: string;
      status: 'imported' | 'needs_review' | 'duplicate';
      documentId: string;
      duplicateOf?: string;
      category: string | null;
    }
  | { file: string; error: AppErrorShape };

export interface ImportOptions {
  ocr: OcrService;
  limits?: Partial<ImportLimits>;
  /** What to do with a file whose bytes or text the person's binder already has. */
  duplicates?: 'skip' | 'keep';
  signal?: AbortSignal;
  report?: (progress: JobProgress) => void;
  /** Called as each file finishes, so a screen can show outcomes while the batch goes on. */
  onOutcome?: (outcome: ImportOutcome) => void;
}

/**
 * Files of a folder, recursively, in a stable order; hidden files and folders are left out. Links found
 * inside a folder are skipped: one may point outside the folder the person chose (a link to a system file
 * would otherwise be imported and kept) or back into it (a loop). A path named directly is taken as is.
 */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const input of paths) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) out.push(...folderFiles(input));
    else out.push(input);
  }
  return out;
}

function folderFiles(folder: string): string[] {
  const entries = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !entry.isSymbolicLink())
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? folderFiles(full) : [full];
  });
}

/** The first bytes of a file (enough to recognise an audio container's signature). */
function readHead(file: string): Uint8Array {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a file's bytes after checking its size, so a huge file is refused before it is loaded. Audio
 * recordings may be larger than other files; their first bytes say which limit applies.
 */
function readInput(file: string, limits: ImportLimits): Buffer {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || !stat.isFile())
    throw new AppError('NOT_FOUND', 'This file could not be found. It may have been moved or renamed.');
  if (stat.size === 0) throw refuse(REASONS.empty);
  const max =
    stat.size > limits.maxFileBytes && mayBeAudio(readHead(file))
      ? limits.maxAudioBytes
      : limits.maxFileBytes;
  if (stat.size > max) throw refuse(REASONS.tooBig(stat.size, max));
  return fs.readFileSync(file);
}

/**
 * Imports files into one person's binder, in two phases. First every file is checked (type by content,
 * limits from headers) and its original stored encrypted as "queued" — quick, and committed, so from then
 * on a quit or crash loses nothing and the next unlock carries on. Then each queued document is read
 * (text layer or OCR) and its pages stored. One file failing never stops the batch.
 */
export async function importFiles(
  session: VaultSession,
  personId: string,
  files: string[],
  options: ImportOptions,
): Promise<ImportOutcome[]> {
  const limits = resolveLimits(options.limits);
  const outcomes: ImportOutcome[] = [];
  const queued: { file: string; documentId: string }[] = [];
  const total = files.length;
  const finish = (outcome: ImportOutcome) => {
    options.onOutcome?.(outcome);
    outcomes.push(outcome);
  };
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) break;
    options.report?.({ step: 'Adding files to the vault', current: index, total });
    try {
      const staged = await stageBytes(session, personId, path.basename(file), readInput(file, limits), {
        limits,
        duplicates: options.duplicates,
      });
      if (staged.duplicateOf) finish({ file, status: 'duplicate', ...staged });
      else queued.push({ file, documentId: staged.documentId });
    } catch (error) {
      finish(failure(file, error));
    }
  }
  await readQueued(session, queued, { ...options, limits }, finish);
  options.report?.({ step: 'Finished', current: queued.length, total: queued.length });
  return outcomes;
}

/**
 * Reads queued documents side by side — one more than there are OCR engines, so the next document is
 * being prepared while every engine reads (single-page photos would otherwise use one engine at a time).
 * Each document's pages are committed in their own transaction, so the order they finish in is harmless.
 */
async function readQueued(
  session: VaultSession,
  queued: { file: string; documentId: string }[],
  options: ImportOptions & { limits: ImportLimits },
  finish: (outcome: ImportOutcome) => void,
): Promise<void> {
  let done = 0;
  await mapWindowed(queued.length, options.ocr.concurrency + 1, async (index) => {
    const item = queued[index]!;
    if (options.signal?.aborted) return;
    try {
      finish(await processDocument(session, item.documentId, options, item.file));
    } catch (error) {
      finish(failure(item.file, error));
    }
    options.report?.({ step: 'Reading the files', current: ++done, total: queued.length });
  });
}

function failure(file: string, error: unknown): ImportOutcome {
  if (!(error instanceof AppError))
    log.error('import.unexpected', { error: error instanceof Error ? error.name : 'unknown' });
  return { file, error: toErrorShape(error) };
}

/**
 * Checks untrusted bytes (type by content, limits from headers) and stores them as a queued document, or
 * reports the exact duplicate already in the binder. Nothing is decoded here.
 */
export async function stageBytes(
  session: VaultSession,
  personId: string,
  name: string,
  bytes: Buffer,
  options: { limits?: Partial<ImportLimits>; duplicates?: 'skip' | 'keep' },
): Promise<{ documentId: string; duplicateOf?: string; category: string | null }> {
  const sniffed = sniffFileType(bytes);
  if (sniffed.kind === 'unsupported') throw refuse(sniffed.reason ?? REASONS.unknown);
  await checkLimits(bytes, sniffed, resolveLimits(options.limits));
  const same = docs.findBySha256(session.db, personId, sha256Hex(bytes));
  if (same && options.duplicates !== 'keep')
    return { documentId: same.id, duplicateOf: same.id, category: same.category };
  const row = storeDocument(session, {
    personId,
    // The name comes from the page (a browser upload): keep only a readable file name, never a path.
    originalName: attachmentTitle(path.basename(name.replace(/\\/g, '/'))) || 'Unnamed file',
    mime: sniffed.mime,
    kind: sniffed.kind,
    bytes,
    status: 'queued',
  });
  return { documentId: row.id, category: null };
}

/** What reading one stored document produced, before anything is saved. */
interface Reading {
  pages: DocumentPage[];
  facts: DocumentFacts;
  /** A portal export: its parsed records, HTML rendering and attachments. */
  portal?: PortalReading;
}

const PORTAL_KINDS = new Set(['ccda', 'fhir-json', 'fhir-ndjson']);

async function readStored(
  session: VaultSession,
  row: docs.DocumentRow,
  bytes: Buffer,
  options: ImportOptions & { limits: ImportLimits },
): Promise<Reading> {
  if (PORTAL_KINDS.has(row.kind)) {
    const portal = readPortalFile(bytes, row.originalName);
    return { pages: portal.pages, facts: portalFacts(session, portal.export), portal };
  }
  if (row.kind === 'audio') {
    const info = probeAudio(bytes);
    return { pages: [], facts: recordingFacts(info && 'format' in info ? info : null) };
  }
  const result = await readDocument(bytes, {
    ocr: options.ocr,
    limits: options.limits,
    signal: options.signal,
    onProgress: (p) =>
      options.report?.({ step: `Reading ${row.originalName}`, current: p.current, total: p.total }),
  });
  return {
    pages: result.pages,
    facts: readDocumentFacts(session, result.pages.map((p) => p.text).join('\n')),
  };
}

/**
 * Reads a stored document's text and pages and saves them. Page files are written first and the rows
 * committed in one transaction, so a crash leaves either no pages (the document stays "queued" and is
 * read again) or all of them — never some twice.
 */
export async function processDocument(
  session: VaultSession,
  documentId: string,
  options: ImportOptions & { limits: ImportLimits },
  file = documentId,
): Promise<ImportOutcome> {
  const row = docs.getDocument(session.db, documentId);
  if (!row) throw new AppError('NOT_FOUND', 'That document is not in this vault any more.');
  docs.setStatus(session.db, documentId, 'reading');
  let reading: Reading;
  try {
    reading = await readStored(session, row, session.store.get(row.fileId), options);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') {
      docs.setStatus(session.db, documentId, 'queued');
      throw error;
    }
    if (error instanceof AppError && (error.code === 'FILE_REFUSED' || error.code === 'INVALID_INPUT')) {
      // Found unreadable only once opened (a damaged PDF, broken XML): nothing of it stays in the vault.
      removeDocument(session, documentId);
      return { file, error: error.toShape() };
    }
    docs.setStatus(session.db, documentId, 'failed', toErrorShape(error));
    return { file, error: toErrorShape(error) };
  }

  const { pages, facts, portal } = reading;
  const stored = await storePageFiles(session, pages);
  const renderingFileId = portal
    ? session.store.put(Buffer.from(portal.export.rendering.html, 'utf8'))
    : null;
  const text = pages.map((p) => p.text).join('\n');
  const fingerprint = portal ? null : textFingerprint(text);
  const warning = checkIdentity(
    getPerson(session.db, row.personId)!,
    facts.printed,
    listPeople(session, true),
  );
  // A recording has no text by nature; anything else without text needs a look.
  const unreadable = row.kind !== 'audio' && (pages.some((p) => p.failed) || text.trim().length === 0);
  const unsure = row.categorySource !== 'user' && facts.classification.needsReview;
  const status = unreadable || unsure || warning ? 'needs_review' : 'done';
  const writeAll = session.db.transaction(() => {
    const old = deletePages(session.db, documentId);
    for (const [i, page] of pages.entries()) {
      insertPage(session.db, {
        documentId,
        pageNo: page.page,
        source: page.source,
        text: page.text,
        confidence: page.confidence,
        rotation: page.rotation ?? 0,
        width: page.image?.width ?? null,
        height: page.image?.height ?? null,
        ...stored[i]!,
      });
    }
    docs.saveFacts(session.db, documentId, factsToColumns(facts));
    if (renderingFileId) old.push(...docs.setRendering(session.db, documentId, renderingFileId));
    if (portal) storePortalRecords(session, row.personId, documentId, portal.export);
    else
      suggestFromDocument(
        session,
        row.personId,
        documentId,
        docs.getDocument(session.db, documentId)!.category ?? 'other',
        pages,
      );
    docs.finishReading(session.db, documentId, {
      status,
      pageCount: pages.length,
      textFingerprint: fingerprint,
    });
    return old;
  });
  for (const fileId of writeAll()) session.store.remove(fileId);
  if (portal) await importAttachments(session, row, portal, options, file);

  const near = fingerprint ? findNearDuplicate(session, row.personId, documentId, fingerprint) : null;
  if (near) {
    if (options.duplicates !== 'keep') {
      removeDocument(session, documentId);
      return {
        file,
        status: 'duplicate',
        documentId: near,
        duplicateOf: near,
        category: docs.getDocument(session.db, near)?.category ?? null,
      };
    }
    return {
      file,
      status: 'duplicate',
      documentId,
      duplicateOf: near,
      category: facts.classification.category,
    };
  }
  const category = docs.getDocument(session.db, documentId)!.category;
  return { file, status: status === 'done' ? 'imported' : 'needs_review', documentId, category };
}

/** PDFs and texts carried inside a FHIR export become documents of their own, read and classified as usual. */
async function importAttachments(
  session: VaultSession,
  row: docs.DocumentRow,
  portal: PortalReading,
  options: ImportOptions & { limits: ImportLimits },
  file: string,
): Promise<void> {
  for (const attachment of portal.attachments) {
    const label = `${file} › ${attachment.name}`;
    try {
      const staged = await stageBytes(session, row.personId, attachment.name, attachment.bytes, options);
      options.onOutcome?.(
        staged.duplicateOf
          ? { file: label, status: 'duplicate', ...staged }
          : await processDocument(session, staged.documentId, options, label),
      );
    } catch (error) {
      options.onOutcome?.(failure(label, error));
    }
  }
}

function findNearDuplicate(
  session: VaultSession,
  personId: string,
  documentId: string,
  fingerprint: string,
): string | null {
  const match = docs
    .fingerprintsOf(session.db, personId, documentId)
    .find((d) => fingerprintDistance(d.fingerprint, fingerprint) <= NEAR_DUPLICATE_BITS);
  return match?.id ?? null;
}

/** Encrypts each page's image, a thumbnail and its word boxes; returns their file ids per page. */
async function storePageFiles(session: VaultSession, pages: DocumentPage[]) {
  const out: { imageFileId: string | null; thumbFileId: string | null; wordsFileId: string | null }[] = [];
  for (const page of pages) {
    let imageFileId: string | null = null;
    let thumbFileId: string | null = null;
    if (page.image) {
      imageFileId = session.store.put(page.image.png);
      const thumb = await sharp(page.image.png)
        .resize({ width: 240, withoutEnlargement: true })
        .png({ compressionLevel: 9 })
        .toBuffer();
      thumbFileId = session.store.put(thumb);
    }
    const wordsFileId = page.words?.length
      ? session.store.put(Buffer.from(JSON.stringify(page.words)))
      : null;
    out.push({ imageFileId, thumbFileId, wordsFileId });
  }
  return out;
}

/** Removes a document entirely: its row, its pages and every stored file. */
export function removeDocument(session: VaultSession, documentId: string): void {
  const row = docs.getDocument(session.db, documentId);
  if (!row) return;
  const files = session.db.transaction(() => {
    const pageFiles = deletePages(session.db, documentId);
    const rendering = docs.getRenderingFileId(session.db, documentId);
    docs.deleteDocumentRow(session.db, documentId);
    return [row.fileId, ...pageFiles, ...(rendering ? [rendering] : [])];
  })();
  for (const fileId of files) session.store.remove(fileId);
}

/** Continues every document an interrupted import left queued or half-read (called after unlock). */
export async function resumeImports(session: VaultSession, options: ImportOptions): Promise<ImportOutcome[]> {
  const pending = docs
    .listUnfinished(session.db)
    .map((row) => ({ file: row.originalName, documentId: row.id }));
  return readAll(session, pending, options);
}

/** Reads the given stored documents again (after a browser upload, or "read the text again"). */
export async function processDocuments(
  session: VaultSession,
  documentIds: string[],
  options: ImportOptions,
): Promise<ImportOutcome[]> {
  const items = documentIds.flatMap((id) => {
    const row = docs.getDocument(session.db, id);
    return row ? [{ file: row.originalName, documentId: id }] : [];
  });
  return readAll(session, items, options);
}

/** Reads stored documents (resume, re-read, browser uploads) and collects their outcomes. */
async function readAll(
  session: VaultSession,
  items: { file: string; documentId: string }[],
  options: ImportOptions,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  await readQueued(session, items, { ...options, limits: resolveLimits(options.limits) }, (outcome) => {
    options.onOutcome?.(outcome);
    outcomes.push(outcome);
  });
  return outcomes;
}
