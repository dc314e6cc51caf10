import { CATEGORY_LABELS } from '../../../shared/categories.ts';
import type {
  ChecklistDocumentItemId,
  ChecklistItemId,
  ChecklistTaskItemId,
} from '../../../shared/schemas/case.schema.ts';

/** How one checklist item is shown: its label, its short name in "missing: …", and what to do about a gap. */
export interface ItemDefinition {
  label: string;
  short: string;
  next: string;
}

/**
 * The document items. The advice follows the patient guides (ACS, NCI, hospital leaflets): ask the
 * department that holds each record, and say when an item may simply not apply.
 */
export const DOCUMENT_ITEMS: Record<ChecklistDocumentItemId, ItemDefinition> = {
  pathology: {
    label: CATEGORY_LABELS.pathology,
    short: 'pathology report',
    next:
      'Ask the pathology department of the hospital where the biopsy or surgery was done for the ' +
      'pathology report, and ask them to send the slides (or blocks) to the second-opinion office.',
  },
  operative: {
    label: CATEGORY_LABELS.operative,
    short: 'operative report',
    next:
      "Ask the surgeon's office or the hospital's medical records department for the operative report " +
      'of each surgery or procedure. If there has been no surgery, mark this as not applicable.',
  },
  discharge: {
    label: CATEGORY_LABELS.discharge,
    short: 'discharge summary',
    next:
      "Ask the hospital's medical records department for the discharge summary of each hospital stay. " +
      'If there has been no hospital stay, mark this as not applicable.',
  },
  treatment_plan: {
    label: CATEGORY_LABELS.treatment_plan,
    short: 'treatment plan',
    next:
      "Ask your cancer doctor's office for a copy of the current treatment plan (or treatment summary), " +
      'including any tumor board notes.',
  },
  medications: {
    label: 'Medication history',
    short: 'medication history',
    next:
      'Add every medicine to the medication log — dose, how often, and start and stop dates — or import ' +
      'a medication list from your pharmacy or patient portal.',
  },
  labs: {
    label: CATEGORY_LABELS.labs,
    short: 'lab results',
    next:
      "Ask your doctor's office for recent lab results (blood counts, chemistry, tumor markers), or " +
      'download them from your patient portal.',
  },
  imaging: {
    label: CATEGORY_LABELS.imaging,
    short: 'imaging report',
    next:
      'Ask the radiology department for the reports of every scan (CT, MRI, PET, X-ray, ultrasound, ' +
      'mammogram) and for a disc with the images.',
  },
  genomics: {
    label: CATEGORY_LABELS.genomics,
    short: 'genetic and biomarker tests',
    next:
      'Ask your cancer doctor whether genetic or biomarker tests were done on the tumor or on blood, and ' +
      'ask for the reports. If none were done, mark this as not applicable.',
  },
  visit_notes: {
    label: CATEGORY_LABELS.visit_notes,
    short: 'visit notes',
    next:
      "Ask your doctors' offices for the notes of recent visits and consultations, or download them from " +
      'your patient portal.',
  },
};

/** The items that are not documents: things to do (or check) before the appointment. */
export const TASK_ITEMS: Record<ChecklistTaskItemId, ItemDefinition> = {
  pathology_slides: {
    label: 'Pathology slides and blocks sent',
    short: 'pathology slides',
    next:
      'Ask the pathology department to send the slides (and blocks, if the second-opinion office asks ' +
      'for them) to the second-opinion office, then mark them as sent.',
  },
  imaging_discs: {
    label: 'Imaging discs',
    short: 'imaging discs',
    next:
      'Ask the radiology department for a disc (CD or DVD) with the images of your scans, or ask them to ' +
      'share the images electronically with the second-opinion office.',
  },
  insurance_checked: {
    label: 'Insurance coverage checked',
    short: 'insurance check',
    next:
      'Call your insurance company: ask whether the second opinion is covered and whether you need a ' +
      'referral or prior authorisation.',
  },
  questions_prepared: {
    label: 'Questions written down',
    short: 'questions',
    next: 'Write down the questions you want to ask. You can start from the suggested questions.',
  },
  records_sent: {
    label: 'Records sent to the second-opinion office',
    short: 'records sent',
    next:
      'Send your records to the second-opinion office before the appointment (ask them how they prefer ' +
      'to receive them: portal, fax, mail or a USB stick).',
  },
  receipt_confirmed: {
    label: 'Receipt of records confirmed',
    short: 'receipt confirmed',
    next:
      'Call the second-opinion office a few days before the appointment to confirm they received your ' +
      'records, slides and discs.',
  },
};

export const ITEM_DEFINITIONS: Record<ChecklistItemId, ItemDefinition> = { ...DOCUMENT_ITEMS, ...TASK_ITEMS };

/** Task items the vault decides (never ticked off by hand). */
export const DERIVED_TASKS: ReadonlySet<ChecklistItemId> = new Set(['questions_prepared']);
