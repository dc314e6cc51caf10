import { CATEGORY_LABELS } from '../../../../shared/categories.ts';
import type {
  Case,
  ChecklistItem,
  RecordRequest,
  RequestableItemId,
} from '../../../../shared/schemas/case.schema.ts';
import { formatLongDate } from '../../lib/dates.ts';
import type { BadgeTone } from '../../ui/Badge.tsx';

/** How a request travels, in plain words. */
export const METHOD_LABELS: Record<RecordRequest['method'], string> = {
  portal: 'Patient portal',
  fax: 'Fax',
  mail: 'Mail',
  in_person: 'In person',
  phone: 'Phone',
};

/** What a request can ask for, as a person would name it. */
export const REQUESTABLE_LABELS: Record<RequestableItemId, string> = {
  pathology: CATEGORY_LABELS.pathology,
  operative: CATEGORY_LABELS.operative,
  discharge: CATEGORY_LABELS.discharge,
  treatment_plan: CATEGORY_LABELS.treatment_plan,
  medications: CATEGORY_LABELS.medications,
  labs: CATEGORY_LABELS.labs,
  imaging: CATEGORY_LABELS.imaging,
  genomics: CATEGORY_LABELS.genomics,
  visit_notes: CATEGORY_LABELS.visit_notes,
  pathology_slides: 'Pathology slides or blocks',
  imaging_discs: 'Imaging discs (the pictures of the scans)',
};

/** A request's state as a badge: the words carry the meaning, the tone repeats it. */
export const REQUEST_STATES: Record<RecordRequest['state'], { label: string; tone: BadgeTone }> = {
  draft: { label: 'Not sent yet', tone: 'neutral' },
  sent: { label: 'Sent — waiting for the records', tone: 'working' },
  overdue: { label: 'Overdue — time to call them', tone: 'problem' },
  received: { label: 'Received', tone: 'good' },
};

/** A checklist item's state in words ("Ready", "Missing", "To do", "Not needed"). */
export function itemState(item: ChecklistItem): { label: string; tone: BadgeTone } {
  if (item.status === 'not_applicable') return { label: 'Not needed', tone: 'neutral' };
  if (item.status === 'present') return { label: item.kind === 'task' ? 'Done' : 'Ready', tone: 'good' };
  return { label: item.kind === 'task' ? 'To do' : 'Missing', tone: 'attention' };
}

export const VISIT_MODE_LABELS: Record<NonNullable<Case['visitMode']>, string> = {
  in_person: 'In person',
  virtual: 'Virtual (video or phone)',
};

export const AUTHORISATION_LABELS: Record<NonNullable<Case['referral']>, string> = {
  not_needed: 'Not needed',
  needed: 'Needed — not obtained yet',
  obtained: 'Obtained',
};

/** A calendar date in words, or a dash when it is not known. */
export function dateOrDash(iso: string | null): string {
  return iso ? formatLongDate(iso) : '—';
}

/** What a case is called where several are listed: its diagnosis, else when it was started. */
export function caseName(kase: Pick<Case, 'diagnosis' | 'createdAt'>): string {
  return kase.diagnosis
    ? `Second opinion: ${kase.diagnosis}`
    : `Second opinion started ${formatLongDate(kase.createdAt.slice(0, 10))}`;
}
