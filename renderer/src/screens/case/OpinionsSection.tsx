import type { Result } from '../../../../shared/errors.ts';
import { CASE_CALLS, type CaseDetail, type Opinion } from '../../../../shared/schemas/case.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { CaseTextForm } from './CaseTextForm.tsx';
import { OPINION_TITLES } from './OpinionDialog.tsx';
import { VisitRecordings } from './VisitRecordings.tsx';

export interface OpinionsSectionProps {
  personId: string;
  detail: CaseDetail;
  apply: (result: Result<CaseDetail>) => string | null;
  onEditOpinion: (opinion: Opinion) => void;
  onOpenDocument: (documentId: string) => void;
  /** A closed case: the notes, recordings and opinions as they were kept. */
  readOnly: boolean;
}

const ROWS: Array<{ label: string; value: (o: Opinion) => string | null }> = [
  { label: 'Doctor', value: (o) => o.doctor },
  { label: 'Diagnosis', value: (o) => o.diagnosis },
  { label: 'Stage', value: (o) => o.stage },
  { label: 'Recommended treatment', value: (o) => o.treatment },
  { label: 'Other notes', value: (o) => o.notes },
];

type CaseNoteKey = 'visitNotes' | 'differences' | 'nextSteps';

/** The words of each free text the case keeps about the visit and the opinions. */
const NOTE_FORMS: Record<CaseNoteKey, { label: string; hint?: string; rows: number; saveLabel: string }> = {
  visitNotes: {
    label: 'What the doctor said',
    hint: 'Write during or right after the appointment.',
    rows: 8,
    saveLabel: 'Save the notes',
  },
  differences: { label: 'How the two opinions differ', rows: 4, saveLabel: 'Save the differences' },
  nextSteps: {
    label: 'Next steps',
    hint: 'For example: talk to the first doctor about the second opinion, decide on treatment.',
    rows: 4,
    saveLabel: 'Save the next steps',
  },
};

/** A saved text of a closed case, as it was written. */
function SavedText({ label, text }: { label: string; text: string | null }) {
  return (
    <div className="case-saved-text">
      <h3>{label}</h3>
      {text ? <p>{text}</p> : <p className="muted">Nothing was written.</p>}
    </div>
  );
}

/**
 * Notes from the visit with its recordings, the two opinions side by side, and how they differ and what
 * happens next.
 */
export function OpinionsSection({
  personId,
  detail,
  apply,
  onEditOpinion,
  onOpenDocument,
  readOnly,
}: OpinionsSectionProps) {
  const api = useApi();
  const { first, second } = detail.opinions;
  const opinions = [first, second];
  const noteForm = (key: CaseNoteKey) =>
    readOnly ? (
      <SavedText label={NOTE_FORMS[key].label} text={detail.case[key]} />
    ) : (
      <CaseTextForm
        {...NOTE_FORMS[key]}
        saved={detail.case[key]}
        onSave={async (text) => apply(await api.call(CASE_CALLS.update, { id: detail.case.id, [key]: text }))}
      />
    );

  return (
    <div className="stack">
      <section aria-labelledby="visit-notes-title" className="stack">
        <h2 id="visit-notes-title">Notes from the visit</h2>
        {noteForm('visitNotes')}
        <VisitRecordings
          personId={personId}
          detail={detail}
          apply={apply}
          onOpenDocument={onOpenDocument}
          readOnly={readOnly}
        />
      </section>

      <section aria-labelledby="opinions-title" className="stack">
        <h2 id="opinions-title">The two opinions side by side</h2>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Table of the first and second opinion"
        >
          <table className="table opinions">
            <thead>
              <tr>
                <td />
                {opinions.map((o) => (
                  <th key={o.which} scope="col">
                    {OPINION_TITLES[o.which]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {opinions.map((o) => (
                    <td key={o.which}>{row.value(o) ?? <span className="muted">Not written yet</span>}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">Written report</th>
                {opinions.map(({ which, report }) => (
                  <td key={which}>
                    {report ? (
                      <button type="button" className="link-button" onClick={() => onOpenDocument(report.id)}>
                        {report.title}
                      </button>
                    ) : (
                      <span className="muted">Not linked yet</span>
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        {!readOnly && (
          <div className="actions-row">
            {opinions.map((o) => (
              <Button key={o.which} onClick={() => onEditOpinion(o)}>
                Write down the {OPINION_TITLES[o.which].toLowerCase()}
              </Button>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="compare-title" className="stack">
        <h2 id="compare-title">Comparing them</h2>
        {noteForm('differences')}
        {noteForm('nextSteps')}
      </section>
    </div>
  );
}
