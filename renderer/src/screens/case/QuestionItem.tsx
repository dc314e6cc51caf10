import { useState, type FormEvent } from 'react';
import type { Question } from '../../../../shared/schemas/case.schema.ts';
import { cx } from '../../lib/class-names.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { dateOrDash } from './case-words.ts';

export interface QuestionActions {
  /** Saves a change; resolves with the error to show, or null. */
  onSave: (
    question: Question,
    change: { text?: string; answered?: boolean; answer?: string | null },
  ) => Promise<string | null>;
  onMove: (question: Question, direction: -1 | 1) => void;
  onDelete: (question: Question) => void;
}

export interface QuestionItemProps {
  question: Question;
  /** 1-based place in the list, and how many there are (for the move buttons and their names). */
  place: number;
  count: number;
  /** Null for a closed case: the question and its answer are shown, not changed. */
  actions: QuestionActions | null;
}

/** One question: read it, edit it, move it, answer it, or delete it. */
export function QuestionItem({ question, place, count, actions }: QuestionItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'answer'>('view');
  const [text, setText] = useState(question.text);
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const short = <span className="visually-hidden"> question {place}</span>;

  async function save(event: FormEvent) {
    event.preventDefault();
    // The forms are only offered with actions (never on a closed case).
    if (!actions) return;
    if (mode === 'edit' && !text.trim()) return setError('Write the question, or delete it instead.');
    setBusy(true);
    const failed = await actions.onSave(
      question,
      mode === 'edit' ? { text: text.trim() } : { answered: true, answer: answer.trim() || null },
    );
    setBusy(false);
    setError(failed);
    if (!failed) setMode('view');
  }

  const cancel = () => {
    setMode('view');
    setError(null);
    setText(question.text);
    setAnswer(question.answer ?? '');
  };
  const form = { error, busy, onSubmit: save, onCancel: cancel };

  return (
    <li className={cx('question', question.answered && 'question--answered')} id={`question-${question.id}`}>
      <span className="question__place" aria-hidden="true">
        {place}
      </span>
      <div className="question__body">
        {mode === 'edit' ? (
          <QuestionTextForm
            label={`Question ${place}`}
            rows={2}
            value={text}
            onChange={setText}
            saveLabel="Save question"
            {...form}
          />
        ) : (
          <>
            <p className="question__text">
              <span className="visually-hidden">Question {place}: </span>
              {question.text}
            </p>
            {question.answered && (
              <div className="question__answer">
                <Badge tone="good">
                  Answered{question.answeredOn && ` on ${dateOrDash(question.answeredOn)}`}
                </Badge>
                {question.answer && <p>{question.answer}</p>}
              </div>
            )}
          </>
        )}
        {mode === 'answer' && (
          <QuestionTextForm
            label={`The answer to question ${place}`}
            optional
            rows={3}
            value={answer}
            onChange={setAnswer}
            saveLabel="Save the answer"
            {...form}
          />
        )}
        {mode === 'view' && actions && (
          <div className="actions-row question__actions">
            <Button onClick={() => setMode('answer')}>
              {question.answered ? 'Change the answer' : 'Write the answer'}
              {short}
            </Button>
            {question.answered && (
              <Button
                variant="quiet"
                onClick={() => void actions.onSave(question, { answered: false, answer: null })}
              >
                Mark as not answered{short}
              </Button>
            )}
            <Button variant="quiet" onClick={() => setMode('edit')}>
              Edit{short}
            </Button>
            <Button
              variant="quiet"
              id={`question-${question.id}-up`}
              aria-disabled={place === 1 || undefined}
              onClick={() => place > 1 && actions.onMove(question, -1)}
            >
              Move up{short}
            </Button>
            <Button
              variant="quiet"
              id={`question-${question.id}-down`}
              aria-disabled={place === count || undefined}
              onClick={() => place < count && actions.onMove(question, 1)}
            >
              Move down{short}
            </Button>
            <Button variant="quiet" onClick={() => actions.onDelete(question)}>
              Delete{short}
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}

interface QuestionTextFormProps {
  label: string;
  optional?: boolean;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  busy: boolean;
  saveLabel: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  onCancel: () => void;
}

/** Editing a question's words or its answer: one text box with Save and Cancel, in place of the text. */
function QuestionTextForm({
  label,
  optional,
  rows,
  value,
  onChange,
  error,
  busy,
  saveLabel,
  onSubmit,
  onCancel,
}: QuestionTextFormProps) {
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <TextAreaField
        label={label}
        optional={optional}
        rows={rows}
        value={value}
        error={error}
        autoFocus
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="actions-row">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {saveLabel}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
