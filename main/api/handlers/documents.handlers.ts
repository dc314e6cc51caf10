import {
  documentCounts,
  documentRendering,
  getDocumentDetail,
  listDocuments,
  pageImageDataUrl,
  renameDocument,
  restoreDocument,
  trashDocument,
} from '../../core/documents/documents-view.service.ts';
import {
  expandInputs,
  importFiles,
  processDocuments,
  resumeImports,
} from '../../core/documents/import.service.ts';
import { listUnfinished } from '../../core/documents/documents.repo.ts';
import { rotatePage } from '../../core/documents/page-edit.service.ts';
import { searchPages } from '../../core/search/search.service.ts';
import { chooseCategory, moveToPerson, reviewQueue } from '../../core/documents/review.service.ts';
import { learnedExampleCount } from '../../core/documents/document-facts.service.ts';
import { mergeDocuments, splitDocument } from '../../core/documents/split-merge.service.ts';
import type { AppContext } from '../app-context.ts';
import { issueMediaLink } from '../media-links.ts';
import type { HandlerMap } from '../router.ts';

type DocumentCalls =
  | 'documents:list'
  | 'documents:get'
  | 'documents:pageImage'
  | 'documents:mediaLink'
  | 'documents:trash'
  | 'documents:restore'
  | 'documents:rename'
  | 'documents:rotatePage'
  | 'documents:rereadText'
  | 'import:paths'
  | 'import:process'
  | 'search:pages'
  | 'jobs:get'
  | 'jobs:cancel'
  | 'review:list'
  | 'documents:setCategory'
  | 'documents:moveToPerson'
  | 'classifier:stats'
  | 'documents:split'
  | 'documents:rendering'
  | 'documents:counts'
  | 'documents:merge';

/** Starts an import-type job whose per-file outcomes are streamed to the UI as they finish. */
function startImportJob(
  ctx: AppContext,
  work: (opts: Parameters<typeof importFiles>[3]) => Promise<unknown>,
) {
  let jobId = '';
  jobId = ctx.jobs.start('import', (report, signal) =>
    work({
      ocr: ctx.ocr(),
      signal,
      report,
      onOutcome: (outcome) => ctx.emit({ type: 'import:file', jobId, outcome }),
    }),
  ).id;
  return { jobId };
}

/** After an unlock: finish what an interrupted import left (quit mid-import, reopen, it continues). */
export function resumeUnfinishedImports(ctx: AppContext): void {
  const session = ctx.session();
  if (listUnfinished(session.db).length === 0) return;
  startImportJob(ctx, (opts) => resumeImports(session, opts));
}

export const documentHandlers: Pick<HandlerMap, DocumentCalls> = {
  'documents:list': ({ personId, trashed }, ctx) => listDocuments(ctx.session(), personId, trashed ?? false),
  'documents:get': ({ id }, ctx) => getDocumentDetail(ctx.session(), id),
  'documents:pageImage': ({ id, pageNo, size }, ctx) => ({
    dataUrl: pageImageDataUrl(ctx.session(), id, pageNo, size),
  }),
  'documents:mediaLink': ({ id }, ctx) => issueMediaLink(ctx.session(), id),
  'documents:trash': ({ id }, ctx) => {
    trashDocument(ctx.session(), id);
    return { ok: true as const };
  },
  'documents:restore': ({ id }, ctx) => {
    restoreDocument(ctx.session(), id);
    return { ok: true as const };
  },
  'documents:rename': ({ id, title }, ctx) => renameDocument(ctx.session(), id, title),
  'documents:rotatePage': ({ id, pageNo, degrees }, ctx) => {
    const session = ctx.session();
    const job = ctx.jobs.start('rotate', (_report, signal) =>
      rotatePage(session, id, pageNo, degrees, ctx.ocr(), signal),
    );
    return { jobId: job.id };
  },
  'documents:rereadText': ({ id }, ctx) =>
    startImportJob(ctx, (opts) => processDocuments(ctx.session(), [id], { ...opts, duplicates: 'keep' })),
  'import:paths': ({ personId, paths, duplicates }, ctx) => {
    const session = ctx.session();
    return startImportJob(ctx, (opts) =>
      importFiles(session, personId, expandInputs(paths), { ...opts, duplicates }),
    );
  },
  'import:process': ({ documentIds }, ctx) => {
    const session = ctx.session();
    return startImportJob(ctx, (opts) => processDocuments(session, documentIds, opts));
  },
  'search:pages': (input, ctx) => searchPages(ctx.session(), input),
  'jobs:get': ({ jobId }, ctx) => ctx.jobs.get(jobId),
  'jobs:cancel': ({ jobId }, ctx) => {
    ctx.jobs.cancel(jobId);
    return { ok: true as const };
  },
  'review:list': ({ personId }, ctx) => reviewQueue(ctx.session(), personId),
  'documents:setCategory': ({ id, category }, ctx) => chooseCategory(ctx.session(), id, category),
  'documents:moveToPerson': ({ id, personId }, ctx) => moveToPerson(ctx.session(), id, personId),
  'classifier:stats': (_input, ctx) => ({ learnedExamples: learnedExampleCount(ctx.session()) }),
  'documents:split': async ({ id, ranges }, ctx) => ({
    documentIds: await splitDocument(ctx.session(), id, ranges),
  }),
  'documents:counts': ({ personId }, ctx) => documentCounts(ctx.session(), personId),
  'documents:rendering': ({ id }, ctx) => ({ html: documentRendering(ctx.session(), id) }),
  'documents:merge': async ({ ids }, ctx) => ({ documentId: await mergeDocuments(ctx.session(), ids) }),
};
