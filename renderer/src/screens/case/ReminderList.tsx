import type { Reminder } from '../../../../shared/schemas/case.schema.ts';
import { cx } from '../../lib/class-names.ts';
import { Button } from '../../ui/Button.tsx';
import { AlertIcon, InfoIcon } from '../../ui/icons.tsx';

export interface ReminderListProps {
  reminders: Reminder[];
  label: string;
  /** On the family screen: say whose case it is and offer to open it. */
  onOpen?: (reminder: Reminder) => void;
}

/** Reminders in words; a warning's icon and tint only repeat what the words say. */
export function ReminderList({ reminders, label, onOpen }: ReminderListProps) {
  return (
    <ul className="reminders" aria-label={label}>
      {reminders.map((r, i) => {
        const Icon = r.severity === 'warning' ? AlertIcon : InfoIcon;
        return (
          <li
            key={`${r.caseId}-${r.kind}-${r.requestId ?? i}`}
            className={cx('reminder', `reminder--${r.severity}`)}
          >
            <Icon className="reminder__icon" />
            <div className="reminder__body">
              {onOpen && <p className="reminder__who">{r.personName}</p>}
              <p>{r.message}</p>
            </div>
            {onOpen && (
              <Button variant="secondary" onClick={() => onOpen(r)}>
                Open<span className="visually-hidden"> {r.personName}’s second opinion</span>
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
