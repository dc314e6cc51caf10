import { useRef, useState } from 'react';
import {
  CASE_CALLS,
  type CaseDetail,
  type ChecklistItem,
  type Opinion,
  type Question,
  type RecordRequest,
  type RequestableItemId,
} from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { useNavigation } from '../../app/navigation.ts';
import type { CaseSection } from '../../app/routes.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { CaseDetailsCard } from './CaseDetailsCard.tsx';
import { CaseDetailsDialog } from './CaseDetailsDialog.tsx';
import { ChecklistItemDialog } from './ChecklistItemDialog.tsx';
import { ChecklistSection } from './ChecklistSection.tsx';
import { FindDoctorHelp } from './FindDoctorHelp.tsx';
import { OpinionDialog } from './OpinionDialog.tsx';
import { OpinionsSection } from './OpinionsSection.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { ReadinessSummary } from './ReadinessSummary.tsx';
import { ReminderList } from './ReminderList.tsx';
import { RequestCard } from './RequestCard.tsx';
import { RequestDialog } from './RequestDialog.tsx';
import { RequestProgressDialog } from './RequestProgressDialog.tsx';
import { SuggestedQuestionsDialog } from './SuggestedQuestionsDialog.tsx';
import type { CaseState } from './use-case.ts';

type Open =
  | { kind: 'details' }
  | { kind: 'item'; item: ChecklistItem; mode: 'not_applicable' | 'done' }
  | { kind: 'request'; from: RecordRequest | RequestableItemId[] }
  | { kind: 'progress'; request: RecordRequest; step: 'sent' | 'received' }
  | { kind: 'delete-request'; request: RecordRequest }
  | { kind: 'suggested' }
  | { kind: 'delete-question'; question: Question }
  | { kind: 'opinion'; opinion: Opinion }
  | null;

export interface CaseWorkspaceProps {
  personId: string;
  detail: CaseDetail;
  state: CaseState;
  /** Opens the details form at once (right after the case was started). */
  startWithDetails: boolean;
  /** The tab shown first (the one a document was opened from, when coming back). */
  initialSection: CaseSection;
  /** A closed case: everything is shown as it was kept, with nothing to change. */
  readOnly: boolean;
}

/** A second-opinion case: readiness, reminders, and its parts as tabs, with their dialogs. */
export function CaseWorkspace({
  personId,
  detail,
  state,
  startWithDetails,
  initialSection,
  readOnly,
}: CaseWorkspaceProps) {
  const api = useApi();
  const toast = useToast();
  const { navigate } = useNavigation();
  const [section, setSection] = useState<CaseSection>(initialSection);
  const [open, setOpen] = useState<Open>(startWithDetails ? { kind: 'details' } : null);
  const [letterBusy, setLetterBusy] = useState<string | null>(null);
  // Where focus goes when a dialog closes after deleting the control that opened it.
  const sectionRef = useRef<HTMLDivElement>(null);
  const { apply } = state;
  const caseId = detail.case.id;

  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    toast({ message });
  };
  // The document's back link returns here, to the same case and tab.
  const openDocument = (documentId: string) =>
    navigate({
      screen: 'document',
      personId,
      documentId,
      pageNo: 1,
      back: { screen: 'case', personId, section, ...(readOnly ? { caseId } : {}) },
    });

  async function resetItem(item: ChecklistItem) {
    const failed = apply(await api.call(CASE_CALLS.setItem, { caseId, itemId: item.id, state: 'auto' }));
    toast({ message: failed ?? `“${item.label}” is back on the checklist as CareBinder sees it.` });
  }

  async function makeLetter(request: RecordRequest) {
    setLetterBusy(request.id);
    const result = await api.call(CASE_CALLS.requestsLetter, { id: request.id });
    setLetterBusy(null);
    if (!result.ok) return toast({ message: result.error.message });
    apply({ ok: true, value: result.value.detail });
    const { documentId } = result.value;
    toast({
      message: `The letter to ${request.provider} was saved in the binder as a PDF.`,
      action: { label: 'Open the letter', onAction: () => openDocument(documentId) },
    });
  }

  const requests = detail.requests;
  const questions = detail.questions;

  return (
    <>
      {/* A closed case is done with: how ready it is now would only confuse. */}
      {!readOnly && <ReadinessSummary readiness={detail.checklist.readiness} />}
      {detail.reminders.length > 0 && (
        <section className="case-reminders" aria-labelledby="case-reminders-title">
          <h2 id="case-reminders-title">Reminders</h2>
          <ReminderList reminders={detail.reminders} label="Reminders" />
        </section>
      )}

      <Tabs
        label="Parts of the second opinion"
        selected={section}
        onSelect={setSection}
        tabs={[
          { id: 'checklist', label: 'Checklist' },
          { id: 'details', label: 'Details' },
          {
            id: 'requests',
            label: requests.length ? `Record requests (${requests.length})` : 'Record requests',
          },
          { id: 'questions', label: questions.length ? `Questions (${questions.length})` : 'Questions' },
          { id: 'visit', label: 'Visit and opinions' },
          { id: 'find', label: 'Finding a doctor' },
        ]}
      >
        <div ref={sectionRef} tabIndex={-1}>
          {section === 'checklist' && (
            <div className="stack">
              <h2>Checklist</h2>
              <ChecklistSection
                checklist={detail.checklist}
                readOnly={readOnly}
                actions={{
                  onRequest: (itemId) => setOpen({ kind: 'request', from: [itemId] }),
                  onNotNeeded: (item) => setOpen({ kind: 'item', item, mode: 'not_applicable' }),
                  onDone: (item) => setOpen({ kind: 'item', item, mode: 'done' }),
                  onReset: (item) => void resetItem(item),
                  onOpenDocument: openDocument,
                  onWriteQuestions: () => setSection('questions'),
                }}
              />
            </div>
          )}
          {section === 'details' && (
            <CaseDetailsCard detail={detail} onEdit={readOnly ? null : () => setOpen({ kind: 'details' })} />
          )}
          {section === 'requests' && (
            <div className="stack">
              <div className="section-head">
                <div>
                  <h2>Record requests</h2>
                  <p className="muted">
                    Ask each hospital or office for what is missing, then keep track: sent, followed up,
                    received.
                  </p>
                </div>
                {!readOnly && (
                  <Button variant="primary" onClick={() => setOpen({ kind: 'request', from: [] })}>
                    <PlusIcon /> Request records
                  </Button>
                )}
              </div>
              {requests.length === 0 ? (
                <p className="muted">
                  {readOnly
                    ? 'No records were requested for this second opinion.'
                    : 'No requests yet. On the checklist, “Request these records” starts one for a missing item.'}
                </p>
              ) : (
                <ul className="requests" aria-label="Record requests">
                  {requests.map((request) => (
                    <RequestCard
                      key={request.id}
                      request={request}
                      busy={letterBusy === request.id}
                      readOnly={readOnly}
                      actions={{
                        onSent: (r) => setOpen({ kind: 'progress', request: r, step: 'sent' }),
                        onReceived: (r) => setOpen({ kind: 'progress', request: r, step: 'received' }),
                        onLetter: (r) => void makeLetter(r),
                        onEdit: (r) => setOpen({ kind: 'request', from: r }),
                        onDelete: (r) => setOpen({ kind: 'delete-request', request: r }),
                        onOpenDocument: openDocument,
                      }}
                    />
                  ))}
                </ul>
              )}
            </div>
          )}
          {section === 'questions' && (
            <QuestionsSection
              detail={detail}
              apply={apply}
              onSuggested={() => setOpen({ kind: 'suggested' })}
              onDelete={(question) => setOpen({ kind: 'delete-question', question })}
              readOnly={readOnly}
            />
          )}
          {section === 'visit' && (
            <OpinionsSection
              personId={personId}
              detail={detail}
              apply={apply}
              onEditOpinion={(opinion) => setOpen({ kind: 'opinion', opinion })}
              onOpenDocument={openDocument}
              readOnly={readOnly}
            />
          )}
          {section === 'find' && <FindDoctorHelp />}
        </div>
      </Tabs>

      {open?.kind === 'details' && (
        <CaseDetailsDialog
          detail={detail}
          apply={apply}
          onDone={() => done('The details were saved.')}
          onClose={close}
        />
      )}
      {open?.kind === 'item' && (
        <ChecklistItemDialog
          caseId={caseId}
          item={open.item}
          mode={open.mode}
          apply={apply}
          onDone={() =>
            done(
              open.mode === 'done'
                ? `“${open.item.label}” is marked as done.`
                : `“${open.item.label}” is marked as not needed.`,
            )
          }
          onClose={close}
        />
      )}
      {open?.kind === 'request' && (
        <RequestDialog detail={detail} from={open.from} apply={apply} onDone={done} onClose={close} />
      )}
      {open?.kind === 'progress' && (
        <RequestProgressDialog
          personId={personId}
          request={open.request}
          step={open.step}
          apply={apply}
          onDone={done}
          onClose={close}
        />
      )}
      {open?.kind === 'delete-request' && (
        <ConfirmDialog
          title={`Delete the request to ${open.request.provider}?`}
          confirmLabel="Delete request"
          busyLabel="Deleting…"
          returnFocusTo={sectionRef}
          onClose={close}
          onConfirm={async () => {
            const result = await api.call(CASE_CALLS.requestsDelete, { id: open.request.id });
            if (!result.ok) return result.error.message;
            await state.reload();
            done(`The request to ${open.request.provider} was deleted.`);
            return null;
          }}
        >
          <p>
            The request and its dates will be removed from this case. The documents that arrived, and any
            request letter, stay in the binder.
          </p>
        </ConfirmDialog>
      )}
      {open?.kind === 'suggested' && (
        <SuggestedQuestionsDialog caseId={caseId} apply={apply} onDone={done} onClose={close} />
      )}
      {open?.kind === 'delete-question' && (
        <ConfirmDialog
          title="Delete this question?"
          confirmLabel="Delete question"
          busyLabel="Deleting…"
          returnFocusTo={sectionRef}
          onClose={close}
          onConfirm={async () => {
            const failed = apply(await api.call(CASE_CALLS.questionsDelete, { id: open.question.id }));
            if (failed) return failed;
            done('The question was deleted.');
            return null;
          }}
        >
          <p>“{open.question.text}”</p>
          {open.question.answer && <p>Its answer will be deleted too.</p>}
        </ConfirmDialog>
      )}
      {open?.kind === 'opinion' && (
        <OpinionDialog
          personId={personId}
          caseId={caseId}
          opinion={open.opinion}
          apply={apply}
          onDone={done}
          onClose={close}
        />
      )}
    </>
  );
}
