import { CATEGORY_LABELS, isCategoryId } from '../../../../shared/categories.ts';
import type { AppEvent } from '../../../../shared/api/events.ts';
import type { ImportOutcomeDto } from '../../../../shared/schemas/documents.schema.ts';
import type { Result } from '../../../../shared/errors.ts';
import type { StagedFile } from '../../api/file-intake.ts';

/** How one file ended up. */
export type FileResult =
  | { kind: 'imported'; documentId: string; category: string | null }
  | { kind: 'needs_review'; documentId: string }
  | { kind: 'duplicate'; documentId: string }
  | { kind: 'refused'; message: string }
  | { kind: 'not_read'; message: string };

/** One chosen file on its way into the binder. */
export interface FileRow {
  key: number;
  name: string;
  size: number;
  phase: 'waiting' | 'staging' | 'staged' | 'reading' | 'finished';
  documentId: string | null;
  pages: { current: number; total: number } | null;
  result: FileResult | null;
}

/** One batch of files: the rows, the documents in the order the reading job takes them, and its job. */
export interface ImportRun {
  rows: FileRow[];
  readOrder: string[];
  jobId: string | null;
  state: 'adding' | 'reading' | 'finished' | 'cancelled' | 'failed';
  failure: string | null;
}

let nextKey = 1;

export function newRun(files: File[]): ImportRun {
  return {
    rows: files.map((file) => ({
      key: nextKey++,
      name: file.name,
      size: file.size,
      phase: 'waiting',
      documentId: null,
      pages: null,
      result: null,
    })),
    readOrder: [],
    jobId: null,
    state: 'adding',
    failure: null,
  };
}

const patchRow = (run: ImportRun, index: number, patch: Partial<FileRow>): ImportRun => ({
  ...run,
  rows: run.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
});

export function markStaging(run: ImportRun, index: number): ImportRun {
  return patchRow(run, index, { phase: 'staging' });
}

/** A file went into the vault (to be read), was already there, or was refused at the door. */
export function applyStaged(run: ImportRun, index: number, result: Result<StagedFile>): ImportRun {
  if (!result.ok)
    return patchRow(run, index, {
      phase: 'finished',
      result: { kind: 'refused', message: result.error.message },
    });
  const { documentId, duplicateOf } = result.value;
  if (duplicateOf)
    return patchRow(run, index, { phase: 'finished', documentId, result: { kind: 'duplicate', documentId } });
  return {
    ...patchRow(run, index, { phase: 'staged', documentId }),
    readOrder: [...run.readOrder, documentId],
  };
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** The row an outcome or a progress step is about: by document when known, else the first open one by name. */
function rowIndexFor(run: ImportRun, name: string, documentId?: string): number {
  if (documentId) {
    const byId = run.rows.findIndex((r) => r.documentId === documentId && r.phase !== 'finished');
    if (byId !== -1) return byId;
  }
  return run.rows.findIndex(
    (r) => r.name === baseName(name) && r.phase !== 'finished' && r.phase !== 'staging',
  );
}

/** One file's outcome from the reading job (idempotent: a row that is finished stays as it is). */
export function applyOutcome(run: ImportRun, outcome: ImportOutcomeDto): ImportRun {
  const index = rowIndexFor(run, outcome.file, 'documentId' in outcome ? outcome.documentId : undefined);
  if (index === -1) return run;
  if ('error' in outcome)
    return patchRow(run, index, {
      phase: 'finished',
      result: { kind: 'refused', message: outcome.error.message },
    });
  const { documentId } = outcome;
  const result: FileResult =
    outcome.status === 'imported'
      ? { kind: 'imported', documentId, category: outcome.category }
      : { kind: outcome.status, documentId };
  return patchRow(run, index, { phase: 'finished', documentId, result });
}

type ProgressEvent = Extract<AppEvent, { type: 'job:progress' }>;

/**
 * Follows the reading job's steps: "file 2 of 5" says which document is being read, "Reading scan.png"
 * with page counts says how far into it.
 */
export function applyProgress(run: ImportRun, event: ProgressEvent): ImportRun {
  const fileStep = /^file (\d+) of \d+$/.exec(event.step);
  if (fileStep) {
    const documentId = run.readOrder[Number(fileStep[1]) - 1];
    const index = run.rows.findIndex((r) => r.documentId === documentId && r.phase !== 'finished');
    return index === -1 ? run : patchRow(run, index, { phase: 'reading' });
  }
  if (event.step.startsWith('Reading ') && event.total > 0) {
    const index = rowIndexFor(run, event.step.slice('Reading '.length));
    if (index === -1) return run;
    return patchRow(run, index, { phase: 'reading', pages: { current: event.current, total: event.total } });
  }
  return run;
}

/** The job has ended: rows it never reached say so, in words. */
export function finishRun(
  run: ImportRun,
  state: 'finished' | 'cancelled' | 'failed',
  failure: string | null,
): ImportRun {
  const rows = run.rows.map((row): FileRow => {
    if (row.phase === 'finished') return row;
    const message =
      row.phase === 'waiting' || row.phase === 'staging'
        ? 'Not added: the import was stopped before this file.'
        : 'Added but not read yet. It stays in the binder and is read the next time CareBinder is unlocked.';
    return { ...row, phase: 'finished', result: { kind: 'not_read', message } };
  });
  return { ...run, rows, state, failure };
}

/** Where one file is, in words: "Adding to the vault", "Reading page 3 of 12", "Filed under …". */
export function describeRow(row: FileRow): string {
  const result = row.result;
  if (result) {
    switch (result.kind) {
      case 'imported':
        return result.category && isCategoryId(result.category)
          ? `Imported into ${CATEGORY_LABELS[result.category]}`
          : 'Imported';
      case 'needs_review':
        return 'Imported — needs a look';
      case 'duplicate':
        return 'Already in the binder';
      case 'refused':
        return `Not imported: ${result.message}`;
      case 'not_read':
        return result.message;
    }
  }
  switch (row.phase) {
    case 'waiting':
      return 'Waiting';
    case 'staging':
      return 'Adding to the vault';
    case 'staged':
      return 'In the vault, waiting to be read';
    default:
      return row.pages
        ? `Reading page ${Math.min(row.pages.current + 1, row.pages.total)} of ${row.pages.total}`
        : 'Reading';
  }
}

/** Overall progress in files (a file being read counts by its pages read so far). */
export function progressOf(run: ImportRun): { done: number; total: number; value: number } {
  const done = run.rows.filter((r) => r.phase === 'finished').length;
  const partial = run.rows.reduce(
    (sum, r) => sum + (r.phase === 'reading' && r.pages ? r.pages.current / Math.max(r.pages.total, 1) : 0),
    0,
  );
  return {
    done,
    total: run.rows.length,
    value: Math.round(((done + partial) / Math.max(run.rows.length, 1)) * 100),
  };
}

/** The counts the live summary reads out: "4 of 6 files done: 2 imported, 1 needs a look, 1 not imported." */
export function summarize(run: ImportRun): string {
  const { done, total } = progressOf(run);
  const count = (kind: FileResult['kind']) => run.rows.filter((r) => r.result?.kind === kind).length;
  const parts = [
    [count('imported'), 'imported'],
    [count('needs_review'), 'needing a look'],
    [count('duplicate'), 'already in the binder'],
    [count('refused'), 'not imported'],
    [count('not_read'), 'not read yet'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, words]) => `${n} ${words}`);
  const head =
    run.state === 'cancelled'
      ? 'Import stopped.'
      : done === total
        ? `All ${total} ${total === 1 ? 'file' : 'files'} done.`
        : `${done} of ${total} files done.`;
  return parts.length > 0 ? `${head} ${parts.join(', ')}.` : head;
}
