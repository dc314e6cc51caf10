import type { Case, Checklist, Reminder } from '../../../shared/schemas/case.schema.ts';
import { getPerson } from '../people/people.repo.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { activeCase, listActiveCases } from './cases.repo.ts';
import { dateInWords, daysBetween, localToday, relativeDays } from './case-dates.ts';
import { deriveChecklist } from './checklist.service.ts';
import { requestState } from './request-state.ts';
import { listRequests, type RequestRow } from './requests.repo.ts';

/** When reminders are worked out: the day, and how far ahead an appointment or treatment counts as soon. */
export interface ReminderWindow {
  today: string;
  withinDays: number;
}

export const DEFAULT_REMINDER_DAYS = 14;

function status(checklist: Checklist, id: string) {
  return checklist.items.find((item) => item.id === id)?.status;
}

/**
 * The reminders of one active case: the appointment coming up with what is still missing, requests whose
 * follow-up date has passed, records sent but not confirmed received, and a treatment start close enough
 * that waiting for the second opinion could delay care.
 */
export function caseReminders(
  kase: Case,
  personName: string,
  checklist: Checklist,
  requests: RequestRow[],
  window: ReminderWindow,
): Reminder[] {
  if (kase.status !== 'active') return [];
  const base = { caseId: kase.id, personId: kase.personId, personName, requestId: null };
  const out: Reminder[] = [];
  const untilAppointment = kase.appointmentDate ? daysBetween(window.today, kase.appointmentDate) : null;
  const appointmentSoon =
    untilAppointment !== null && untilAppointment >= 0 && untilAppointment <= window.withinDays;

  if (appointmentSoon) {
    const { missing } = checklist.readiness;
    const at = kase.appointmentTime ? ` at ${kase.appointmentTime}` : '';
    const still = missing.length
      ? `Still missing: ${missing.join(', ')}.`
      : 'Everything on the checklist is ready.';
    out.push({
      ...base,
      kind: 'appointment_soon',
      date: kase.appointmentDate,
      severity: missing.length ? 'warning' : 'info',
      message: `The second-opinion appointment is ${relativeDays(untilAppointment)} (${dateInWords(kase.appointmentDate)}${at}). ${still}`,
    });
  }

  for (const request of requests) {
    if (requestState(request, window.today) !== 'overdue') continue;
    out.push({
      ...base,
      requestId: request.id,
      kind: 'request_overdue',
      date: request.followUpOn,
      severity: 'warning',
      message:
        `The records asked of ${request.provider} on ${dateInWords(request.sentOn)} have not arrived, and the follow-up ` +
        `date (${dateInWords(request.followUpOn)}) has passed. Call them to check on the request.`,
    });
  }

  if (
    status(checklist, 'records_sent') === 'present' &&
    status(checklist, 'receipt_confirmed') === 'missing'
  ) {
    const sentOn = checklist.items.find((item) => item.id === 'records_sent')?.doneOn;
    out.push({
      ...base,
      kind: 'receipt_unconfirmed',
      date: sentOn ?? null,
      severity: appointmentSoon ? 'warning' : 'info',
      message:
        `Records were sent to the second-opinion office${sentOn ? ` on ${dateInWords(sentOn)}` : ''}, but nobody has ` +
        'confirmed they arrived. Call the office to check.',
    });
  }

  if (kase.treatmentStartDate) {
    const untilTreatment = daysBetween(window.today, kase.treatmentStartDate);
    const opinionFirst = kase.appointmentDate !== null && kase.appointmentDate < kase.treatmentStartDate;
    if (untilTreatment >= 0 && untilTreatment <= window.withinDays && !opinionFirst) {
      const when = kase.appointmentDate
        ? `, on or before the second-opinion appointment (${dateInWords(kase.appointmentDate)})`
        : ', and no second-opinion appointment is booked yet';
      out.push({
        ...base,
        kind: 'treatment_start_soon',
        date: kase.treatmentStartDate,
        severity: 'warning',
        message:
          `Treatment is planned to start ${relativeDays(untilTreatment)} (${dateInWords(kase.treatmentStartDate)})${when}. ` +
          'Ask your doctor whether waiting for the second opinion could delay care.',
      });
    }
  }
  return out;
}

/** Reminders of every active case (the home screen), or of one person's, soonest first. */
export function listReminders(
  session: VaultSession,
  options: { personId?: string; today?: string; withinDays?: number } = {},
): Reminder[] {
  const window = {
    today: options.today ?? localToday(),
    withinDays: options.withinDays ?? DEFAULT_REMINDER_DAYS,
  };
  const cases = options.personId
    ? [activeCase(session.db, options.personId)].filter((c): c is Case => c !== null)
    : listActiveCases(session.db);
  return cases
    .flatMap((kase) =>
      caseReminders(
        kase,
        getPerson(session.db, kase.personId)?.name ?? '',
        deriveChecklist(session, kase.personId, kase),
        listRequests(session.db, kase.id),
        window,
      ),
    )
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
