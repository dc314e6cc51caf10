import type { CaseDetail } from '../../../../shared/schemas/case.schema.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { AUTHORISATION_LABELS, dateOrDash, VISIT_MODE_LABELS } from './case-words.ts';

/** "Dr Lee, Northfield Hospital" from the parts that are known. */
function who(doctor: string | null, facility: string | null): string {
  return [doctor, facility].filter(Boolean).join(', ') || '—';
}

/** Whether insurance coverage was checked, as the checklist knows it. */
function coverage(detail: CaseDetail): string {
  const item = detail.checklist.items.find((i) => i.id === 'insurance_checked');
  if (item?.doneOn) return `Yes, on ${dateOrDash(item.doneOn)}`;
  if (item?.status === 'not_applicable') return 'Not needed';
  return 'Not yet — mark it on the checklist once you have called';
}

/** The case's details as a list of plain facts, with the way to edit them (none on a closed case). */
export function CaseDetailsCard({ detail, onEdit }: { detail: CaseDetail; onEdit: (() => void) | null }) {
  const kase = detail.case;
  const appointment = kase.appointmentDate
    ? `${dateOrDash(kase.appointmentDate)}${kase.appointmentTime ? ` at ${kase.appointmentTime}` : ''}`
    : 'Not booked yet';
  const rows: Array<[string, string]> = [
    ['Diagnosis, as you know it', kase.diagnosis ?? '—'],
    ['Date of diagnosis', dateOrDash(kase.diagnosisDate)],
    ['Current doctor', who(kase.treatingDoctor, kase.treatingFacility)],
    ['Second-opinion doctor', who(kase.secondDoctor, kase.secondFacility)],
    ['Where to send records', kase.secondContact ?? '—'],
    ['Appointment', appointment],
    ['In person or virtual', kase.visitMode ? VISIT_MODE_LABELS[kase.visitMode] : '—'],
    ['Insurance coverage checked', coverage(detail)],
    ['Referral', kase.referral ? AUTHORISATION_LABELS[kase.referral] : 'Not checked yet'],
    [
      'Prior authorisation',
      kase.priorAuthorization ? AUTHORISATION_LABELS[kase.priorAuthorization] : 'Not checked yet',
    ],
    ['Notes about coverage', kase.insuranceNotes ?? '—'],
    ['Planned start of treatment', dateOrDash(kase.treatmentStartDate)],
  ];
  return (
    <Card className="case-details" aria-labelledby="case-details-title">
      <div className="section-head">
        <h2 id="case-details-title">Details</h2>
        {onEdit && <Button onClick={onEdit}>Edit details</Button>}
      </div>
      <dl className="case-facts">
        {rows.map(([term, value]) => (
          <div key={term} className="case-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
