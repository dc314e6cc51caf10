import { CASE_CALLS } from '../../../../shared/schemas/case.schema.ts';
import { useCall } from '../../api/use-call.ts';
import { ReminderList } from './ReminderList.tsx';
import '../../styles/case.css';

/**
 * The family screen's reminders: every active second-opinion case's appointment coming up, overdue
 * requests and records not confirmed received. Shows nothing when there is nothing to remind.
 */
export function CaseRemindersPanel({ onOpen }: { onOpen: (personId: string) => void }) {
  const reminders = useCall(CASE_CALLS.reminders, {});
  const list = reminders.value ?? [];
  if (list.length === 0) return null;
  return (
    <section className="case-reminders" aria-labelledby="case-reminders-title">
      <h2 id="case-reminders-title">Reminders</h2>
      <ReminderList reminders={list} label="Reminders" onOpen={(r) => onOpen(r.personId)} />
    </section>
  );
}
