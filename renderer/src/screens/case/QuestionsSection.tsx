import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type Question } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { QuestionItem } from './QuestionItem.tsx';

export interface QuestionsSectionProps {
  detail: CaseDetail;
  apply: (result: Result<CaseDetail>) => string | null;
  onSuggested: () => void;
  onDelete: (question: Question) => void;
  /** A closed case: the list and its answers as they were, nothing to add or change. */
  readOnly: boolean;
}

/** The questions to take to the appointment: write, reorder, answer. */
export function QuestionsSection({ detail, apply, onSuggested, onDelete, readOnly }: QuestionsSectionProps) {
  const api = useApi();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // After a move the list re-renders in the new order: keep focus on the button that was pressed.
  const moved = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const questions = detail.questions;
  const answered = questions.filter((q) => q.answered).length;

  useEffect(() => {
    const last = moved.current;
    if (!last) return;
    moved.current = null;
    listRef.current?.querySelector<HTMLElement>(`#question-${last.id}-${last.direction}`)?.focus();
  }, [questions]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!draft.trim()) return setError('Write the question first.');
    setBusy(true);
    const failed = apply(
      await api.call(CASE_CALLS.questionsAdd, { caseId: detail.case.id, text: draft.trim() }),
    );
    setBusy(false);
    setError(failed);
    if (!failed) {
      setDraft('');
      setAnnouncement(`Your question was added as number ${questions.length + 1}.`);
    }
  }

  async function move(question: Question, direction: -1 | 1) {
    const to = questions.findIndex((q) => q.id === question.id) + direction;
    moved.current = { id: question.id, direction: direction === -1 ? 'up' : 'down' };
    const failed = apply(await api.call(CASE_CALLS.questionsMove, { id: question.id, position: to }));
    setAnnouncement(failed ?? `Moved to number ${to + 1} of ${questions.length}.`);
  }

  const save = async (
    question: Question,
    change: { text?: string; answered?: boolean; answer?: string | null },
  ) => {
    const failed = apply(await api.call(CASE_CALLS.questionsUpdate, { id: question.id, ...change }));
    if (!failed && change.answered !== undefined)
      setAnnouncement(change.answered ? 'The answer was saved.' : 'Marked as not answered.');
    return failed;
  };

  return (
    <div className="stack">
      <div className="section-head">
        <div>
          <h2>Questions to ask</h2>
          <p className="muted">
            {questions.length === 0
              ? readOnly
                ? 'No questions were written down for this second opinion.'
                : 'Write down what you want to ask, so nothing is forgotten during the visit.'
              : `${questions.length} ${questions.length === 1 ? 'question' : 'questions'}, ${answered} answered.${readOnly ? '' : ' Bring this list to the appointment.'}`}
          </p>
        </div>
        {!readOnly && (
          <Button variant="secondary" onClick={onSuggested}>
            <PlusIcon /> Add suggested questions
          </Button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {questions.length > 0 && (
        <ol ref={listRef} className="questions" aria-label="Questions to ask">
          {questions.map((q, i) => (
            <QuestionItem
              key={q.id}
              question={q}
              place={i + 1}
              count={questions.length}
              actions={
                readOnly ? null : { onSave: save, onMove: (question, d) => void move(question, d), onDelete }
              }
            />
          ))}
        </ol>
      )}
      {!readOnly && (
        <form className="form case-add-question" onSubmit={(e) => void add(e)} noValidate>
          <TextAreaField
            label="Add your own question"
            rows={2}
            value={draft}
            error={error}
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="actions-row">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Adding…">
              <PlusIcon /> Add question
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
