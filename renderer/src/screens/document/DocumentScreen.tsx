import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { CATEGORY_LABELS } from '../../../../shared/categories.ts';
import type { Result } from '../../../../shared/errors.ts';
import { useApi } from '../../api/api-provider.ts';
import { useCall } from '../../api/use-call.ts';
import { waitForJob } from '../../api/wait-for-job.ts';
import { backLabel, useNavigation } from '../../app/navigation.ts';
import type { Route } from '../../app/routes.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { formatBytes } from '../../lib/format-bytes.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { Button } from '../../ui/Button.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { StatusBadge } from '../binder/StatusBadge.tsx';
import { AudioPlayer } from './AudioPlayer.tsx';
import { CategoryDialog } from './CategoryDialog.tsx';
import { IdentityWarning } from './IdentityWarning.tsx';
import { MoveDialog } from './MoveDialog.tsx';
import { PageThumbnails } from './PageThumbnails.tsx';
import { PageViewer } from './PageViewer.tsx';
import { isPortalExport, PortalRendering } from './PortalRendering.tsx';
import { TitleEditor } from './TitleEditor.tsx';
import { useMoveDocument } from './use-move-document.ts';

export interface DocumentScreenProps {
  personId: string;
  documentId: string;
  pageNo: number;
  /** The screen the document was opened from (the back link returns there); null: the binder. */
  back: Route | null;
}

/**
 * The document viewer: pages, their pictures and text, how well each was read, its category and why, and
 * everything a person may want to fix (name, category, rotation, reading again, whose binder, trash).
 * An audio recording has no pages: it gets a player instead.
 */
export function DocumentScreen({ personId, documentId, pageNo, back }: DocumentScreenProps) {
  const api = useApi();
  const toast = useToast();
  const { navigate } = useNavigation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const detail = useCall(CALLS.documentsGet, { id: documentId });
  const [open, setOpen] = useState<'category' | 'move' | null>(null);
  const [job, setJob] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const toBinder = () => navigate({ screen: 'binder', personId, tab: 'documents' });
  const goBack = () => (back ? navigate(back) : toBinder());
  const { move, moving } = useMoveDocument(personId, toBinder);

  const doc = detail.value;
  const page = doc?.pages.find((p) => p.pageNo === pageNo) ?? doc?.pages[0] ?? null;
  const recording = doc?.kind === 'audio';
  const showPage = (n: number) =>
    navigate({ screen: 'document', personId, documentId, pageNo: n, back: back ?? undefined });

  /** Runs a job on this document (rotate, read again), shows it as under way, then shows the result. */
  async function runJob(label: string, start: Promise<Result<{ jobId: string }>>) {
    setJob(label);
    const started = await start;
    const final = started.ok ? await waitForJob(api, started.value.jobId) : null;
    setJob(null);
    const failure = !started.ok
      ? started.error.message
      : final?.status === 'failed'
        ? final.error?.message
        : null;
    toast({ message: failure ?? 'Done. The page has been read again.' });
    setRevision((r) => r + 1);
    await detail.reload();
  }

  async function trash() {
    const result = await api.call(CALLS.documentsTrash, { id: documentId });
    if (!result.ok) return toast({ message: result.error.message });
    goBack();
    toast({
      message: `“${doc?.title ?? 'The document'}” was moved to the trash.`,
      focusAction: true,
      action: {
        label: 'Undo',
        onAction: () =>
          void api.call(CALLS.documentsRestore, { id: documentId }).then((restored) => {
            toast({ message: restored.ok ? 'The document is back in the binder.' : restored.error.message });
            if (restored.ok) showPage(pageNo);
          }),
      },
    });
  }

  return (
    <div className="page viewer">
      <BackLink onClick={goBack}>{back ? backLabel(back) : 'Back to the binder'}</BackLink>
      {detail.error && (
        <Notice tone="error" title="This document could not be opened.">
          <p>{detail.error}</p>
        </Notice>
      )}
      {!doc && !detail.error && <p role="status">Opening the document…</p>}
      {doc && (
        <>
          <div className="viewer__head">
            <h1 ref={headingRef} tabIndex={-1}>
              {doc.title}
            </h1>
            <p className="viewer__facts">
              <StatusBadge doc={doc} />
              <span>{doc.docDate ? formatLongDate(doc.docDate) : 'No date found'}</span>
              <span>
                {recording
                  ? `Audio recording, ${formatBytes(doc.byteSize)}`
                  : doc.pageCount === 1
                    ? '1 page'
                    : `${doc.pageCount} pages`}
              </span>
              {doc.facility && <span>{doc.facility}</span>}
              {doc.clinician && <span>{doc.clinician}</span>}
            </p>
          </div>

          {doc.identityWarning && (
            <IdentityWarning
              warning={doc.identityWarning}
              busy={moving}
              onMove={(id, name) => void move(documentId, id, name)}
            />
          )}
          {job && <ProgressBar label={job} />}

          {recording && (
            <section className="card viewer__recording" aria-labelledby="recording-title">
              <h2 id="recording-title">Listen</h2>
              <AudioPlayer documentId={doc.id} title={doc.title} />
            </section>
          )}

          <div className="viewer__panels">
            <section className="card viewer__about" aria-labelledby="category-title">
              <h2 id="category-title">Category</h2>
              <p className="viewer__category">
                {doc.category ? CATEGORY_LABELS[doc.category] : 'Not filed yet'}
              </p>
              <p className="muted">
                {doc.categoryChosenByPerson
                  ? 'You chose this category.'
                  : recording
                    ? 'Recordings are filed with the visit notes. Change it if this one belongs elsewhere.'
                    : doc.evidence.length > 0
                      ? `CareBinder chose it because the document mentions ${doc.evidence.map((e) => `“${e}”`).join(', ')}.`
                      : 'CareBinder found no clear clues for a category.'}
              </p>
              <Button onClick={() => setOpen('category')}>Change category</Button>
            </section>
            <section className="card viewer__about" aria-labelledby="fix-title">
              <h2 id="fix-title">Name and place</h2>
              <TitleEditor
                key={doc.title}
                documentId={doc.id}
                title={doc.title}
                onSaved={() => void detail.reload()}
              />
              <div className="actions-row viewer__actions">
                <Button onClick={() => setOpen('move')}>Move to another family member</Button>
                {!recording && (
                  <Button
                    onClick={() =>
                      void runJob(
                        'Reading the text again…',
                        api.call(CALLS.documentsRereadText, { id: documentId }),
                      )
                    }
                    aria-disabled={job !== null || undefined}
                  >
                    Read the text again
                  </Button>
                )}
                <Button variant="quiet" onClick={() => void trash()}>
                  <TrashIcon /> Move to trash
                </Button>
              </div>
            </section>
          </div>

          {isPortalExport(doc.kind) && <PortalRendering documentId={doc.id} title={doc.title} />}

          {!recording && doc.pages.length === 0 && (
            <Notice tone="info" title="No pages to show yet." live={false}>
              <p>CareBinder has not read this document yet. It will appear here once it has.</p>
            </Notice>
          )}
          {page && (
            <div className="viewer__pages">
              {doc.pages.length > 1 && (
                <PageThumbnails
                  key={revision}
                  documentId={doc.id}
                  pages={doc.pages}
                  current={page.pageNo}
                  onSelect={showPage}
                />
              )}
              <PageViewer
                key={`${page.pageNo}-${revision}`}
                documentId={doc.id}
                page={page}
                pageCount={doc.pageCount}
                onRotate={
                  job
                    ? null
                    : () =>
                        void runJob(
                          `Turning page ${page.pageNo} and reading it again…`,
                          api.call(CALLS.documentsRotatePage, {
                            id: documentId,
                            pageNo: page.pageNo,
                            degrees: 90,
                          }),
                        )
                }
              />
            </div>
          )}

          {open === 'category' && (
            <CategoryDialog
              doc={doc}
              onClose={() => setOpen(null)}
              onSaved={async (saved) => {
                await detail.reload();
                setOpen(null);
                toast({
                  message: `Filed under ${saved.category ? CATEGORY_LABELS[saved.category] : 'Other'}.`,
                });
              }}
            />
          )}
          {open === 'move' && (
            <MoveDialog
              title={doc.title}
              fromPersonId={personId}
              busy={moving}
              onClose={() => setOpen(null)}
              onMove={(id, name) => void move(documentId, id, name)}
            />
          )}
        </>
      )}
    </div>
  );
}
