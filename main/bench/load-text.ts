import type { CategoryId } from '../../shared/categories.ts';

/**
 * Generated record text for the load benchmark: pages that read like the paperwork of a cancer work-up
 * (headers with patient, date and clinician; category vocabulary; numbers; a long tail of names), written
 * for this benchmark from ordinary clinical vocabulary. Deterministic for a given random source.
 */

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Category titles and the phrases typical of each (hand-written, plain clinical English). */
const CATEGORY_TEXT: Record<CategoryId, { titles: string[]; phrases: string[] }> = {
  pathology: {
    titles: ['SURGICAL PATHOLOGY REPORT', 'Pathology Consultation Report', 'Cytology Report'],
    phrases: [
      'Specimen received in formalin labeled with the patient name and site',
      'Final diagnosis invasive ductal carcinoma of the breast, histologic grade 2',
      'Margins are negative for carcinoma, the closest margin is 3 mm',
      'Lymphovascular invasion is not identified',
      'Estrogen receptor positive in 95 percent of tumor cells',
      'Progesterone receptor positive, HER2 negative by immunohistochemistry score 1+',
      'Ki-67 proliferation index approximately 18 percent',
      'Sentinel lymph nodes, two, negative for metastatic carcinoma',
      'Gross description: a tan firm mass measuring 1.6 cm in greatest dimension',
      'Microscopic description: nests of atypical cells infiltrate the stroma',
      'Pathologic stage pT1c pN0, synoptic checklist completed',
      'Ductal carcinoma in situ, solid type, intermediate nuclear grade',
      'Core needle biopsy of the left breast at the two o clock position',
      'Immunohistochemical stains were performed with appropriate controls',
    ],
  },
  operative: {
    titles: ['OPERATIVE REPORT', 'Procedure Note', 'Brief Operative Note'],
    phrases: [
      'Preoperative diagnosis left breast carcinoma',
      'Postoperative diagnosis same as preoperative diagnosis',
      'Procedure performed lumpectomy with sentinel lymph node biopsy',
      'Anesthesia general endotracheal, estimated blood loss 25 mL',
      'The patient was brought to the operating room and placed supine',
      'The incision was closed in layers with absorbable suture',
      'Specimens were oriented with sutures and sent to pathology',
      'There were no complications and the patient tolerated the procedure well',
      'Port placement through the right internal jugular vein under ultrasound guidance',
      'Drains placed none, sponge and needle counts correct',
    ],
  },
  discharge: {
    titles: ['DISCHARGE SUMMARY', 'Hospital Discharge Instructions'],
    phrases: [
      'Admission date and discharge date are listed above',
      'Hospital course: admitted with neutropenic fever after cycle two',
      'Blood cultures remained negative and the fever resolved on antibiotics',
      'Condition at discharge stable, ambulating without assistance',
      'Discharge medications were reviewed with the patient and family',
      'Follow up with medical oncology in two weeks',
      'Return to the emergency department for temperature above 100.4',
      'Discharge diagnosis febrile neutropenia, resolved',
    ],
  },
  treatment_plan: {
    titles: ['TREATMENT PLAN', 'Chemotherapy Treatment Plan', 'Radiation Oncology Plan'],
    phrases: [
      'Regimen dose dense doxorubicin and cyclophosphamide followed by weekly paclitaxel',
      'Cycle 1 day 1 planned, repeated every 21 days for 4 cycles',
      'Intent of treatment curative, goals of care discussed',
      'Premedications dexamethasone and ondansetron before each infusion',
      'Growth factor support with pegfilgrastim on day 2',
      'Whole breast radiation 40 Gy in 15 fractions with a boost to the tumor bed',
      'Endocrine therapy with letrozole for five years after radiation',
      'Echocardiogram before anthracycline, baseline ejection fraction 60 percent',
    ],
  },
  medications: {
    titles: ['MEDICATION LIST', 'Medication Reconciliation', 'Pharmacy Medication Summary'],
    phrases: [
      'Active medications reviewed and reconciled at this visit',
      'Ondansetron 8 mg tablet every 8 hours as needed for nausea',
      'Dexamethasone 4 mg tablet twice daily for three days after chemotherapy',
      'Tamoxifen 20 mg tablet once daily by mouth',
      'Lorazepam 0.5 mg at bedtime as needed for anxiety',
      'Gabapentin 300 mg capsule three times daily for neuropathy',
      'Allergies penicillin causes rash, no known food allergies',
      'Take one tablet by mouth with food, do not crush',
    ],
  },
  labs: {
    titles: ['LABORATORY RESULTS', 'Complete Blood Count', 'Comprehensive Metabolic Panel'],
    phrases: [
      'Hemoglobin 11.2 g/dL reference range 12.0 to 15.5, flagged low',
      'White blood cells 3.1 K/uL, absolute neutrophil count 1.4',
      'Platelets 182 K/uL within the reference range',
      'Creatinine 0.8 mg/dL, estimated glomerular filtration rate above 60',
      'Alanine aminotransferase 32 U/L, aspartate aminotransferase 28 U/L',
      'Tumor marker CA 27-29 38 U/mL, previous value 45',
      'Specimen collected by venipuncture, results verified by the laboratory',
      'Sodium 139 mmol/L, potassium 4.1 mmol/L, glucose 97 mg/dL',
    ],
  },
  imaging: {
    titles: ['CT CHEST ABDOMEN PELVIS WITH CONTRAST', 'MRI BREAST BILATERAL', 'PET/CT SKULL BASE TO THIGH'],
    phrases: [
      'Technique: axial images were obtained after intravenous contrast',
      'Comparison is made with the prior examination',
      'Findings: no enlarged axillary or mediastinal lymph nodes',
      'Impression: no evidence of metastatic disease',
      'Stable 4 mm pulmonary nodule in the right lower lobe',
      'Irregular enhancing mass in the upper outer quadrant, BI-RADS 6',
      'Hypermetabolic focus with SUV max 5.2 in the left axilla',
      'Mammogram and ultrasound show postsurgical changes only',
    ],
  },
  genomics: {
    titles: ['GENOMIC PROFILING REPORT', 'Hereditary Cancer Panel Results', 'Recurrence Score Report'],
    phrases: [
      'Recurrence score 18, low risk of distant recurrence',
      'BRCA1 and BRCA2: no pathogenic variants detected',
      'A variant of uncertain significance was identified in ATM',
      'PIK3CA H1047R mutation detected in the tumor sample',
      'Tumor mutational burden 4 mutations per megabase, microsatellite stable',
      'Germline testing performed on a blood sample, somatic testing on tumor tissue',
      'Genetic counseling is recommended for first degree relatives',
    ],
  },
  visit_notes: {
    titles: ['PROGRESS NOTE', 'Medical Oncology Consultation', 'Follow Up Visit'],
    phrases: [
      'Chief complaint follow up during adjuvant chemotherapy',
      'History of present illness: she reports mild fatigue and tingling in the fingertips',
      'Review of systems negative for fever, chest pain or shortness of breath',
      'Physical examination: well healed incision, no palpable adenopathy',
      'ECOG performance status 1',
      'Assessment and plan: continue current regimen with dose reduction',
      'We discussed the risks and benefits and her questions were answered',
      'Return to clinic in three weeks with labs before the next cycle',
    ],
  },
  insurance: {
    titles: ['EXPLANATION OF BENEFITS', 'Prior Authorization Notice', 'Billing Statement'],
    phrases: [
      'This is not a bill, keep it for your records',
      'Prior authorization approved for the requested service',
      'Member ID and group number are shown on your card',
      'Claim number, amount billed, plan discount, plan paid',
      'Patient responsibility after deductible and coinsurance',
      'You have the right to appeal this decision within 180 days',
    ],
  },
  other: {
    titles: ['Patient Education', 'Appointment Reminder', 'Consent for Treatment'],
    phrases: [
      'Please arrive fifteen minutes before your appointment',
      'Parking is available in the garage next to the cancer center',
      'Bring a list of your questions and a family member if you wish',
      'I consent to the treatment described and have had my questions answered',
      'Call the nurse line with any concerns after hours',
    ],
  },
};

/** Sentences any clinical page may carry, built from these pools. */
const SUBJECTS = ['The patient', 'She', 'He', 'The family', 'The nurse', 'The team', 'Her daughter'];
const VERBS = ['reports', 'denies', 'describes', 'notes', 'was told about', 'asked about', 'reviewed'];
const OBJECTS = [
  'nausea after the infusion',
  'fatigue in the afternoons',
  'numbness in both feet',
  'a decreased appetite',
  'mouth sores',
  'hot flashes at night',
  'pain at the port site',
  'constipation',
  'trouble sleeping',
  'the schedule for scans',
  'side effects of hormone therapy',
  'hair loss',
  'weight stable',
];
const QUALIFIERS = [
  'since the last visit',
  'over the past week',
  'which improved with rest',
  'without fever',
  'and it is manageable',
  'at home',
  'during cycle three',
];

const FIRST = ['Maria', 'James', 'Aisha', 'Robert', 'Linda', 'Chen', 'Priya', 'David', 'Sofia', 'Omar'];
const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'sa', 'tor', 'bel', 'ri', 'dan', 'os', 'ne', 'qua', 'zel', 'fi'];

/** A made-up surname or place word from syllables (so the index sees a realistic number of rare words). */
function coined(random: Random, parts = 2 + Math.floor(random() * 2)): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += pick(random, SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/** Who a document belongs to, as printed on its first page. */
export interface PrintedPatient {
  name: string;
  birthDate: string;
  recordNumber: string;
}

/**
 * The pages of one generated document of `category`, dated `date` (ISO): a header on the first page
 * (facility, title, patient, date of service, clinician), then sentences of about `wordsPerPage` words.
 */
export function documentPages(
  random: Random,
  options: {
    category: CategoryId;
    date: string;
    patient: PrintedPatient;
    pages: number;
    wordsPerPage?: number;
  },
): string[] {
  const { titles, phrases } = CATEGORY_TEXT[options.category];
  const target = options.wordsPerPage ?? 200;
  const clinician = `Dr. ${pick(random, FIRST)} ${coined(random)}`;
  const facility = `${coined(random)} ${pick(random, ['Medical Center', 'Cancer Institute', 'Clinic', 'Hospital'])}`;
  const pages: string[] = [];
  for (let p = 1; p <= options.pages; p++) {
    const lines: string[] = [];
    if (p === 1) {
      lines.push(
        facility,
        pick(random, titles),
        `Patient: ${options.patient.name}  DOB: ${usDate(options.patient.birthDate)}  MRN: ${options.patient.recordNumber}`,
        `Date of service: ${usDate(options.date)}`,
        `${pick(random, ['Attending', 'Ordering physician', 'Pathologist', 'Radiologist', 'Surgeon'])}: ${clinician}`,
      );
    } else {
      lines.push(
        `${options.patient.name}  MRN ${options.patient.recordNumber}  Page ${p} of ${options.pages}`,
      );
    }
    let words = lines.join(' ').split(' ').length;
    while (words < target) {
      const roll = random();
      const sentence =
        roll < 0.55
          ? pick(random, phrases)
          : roll < 0.9
            ? `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, QUALIFIERS)}`
            : `Seen with ${pick(random, FIRST)} ${coined(random)} of ${coined(random)} on ${usDate(options.date)}`;
      lines.push(`${sentence}.`);
      words += sentence.split(' ').length;
    }
    pages.push(lines.join('\n'));
  }
  return pages;
}

/** A search as the search screen sends it (person added by the caller). */
export interface LoadQuery {
  query: string;
  category?: CategoryId;
  from?: string;
  to?: string;
}

/**
 * Fifty varied searches over the generated text: common and rare words, phrases, prefixes as typed,
 * numbers and codes, filtered by category or date, and a few that find nothing.
 */
export const LOAD_QUERIES: readonly LoadQuery[] = [
  { query: 'carcinoma' },
  { query: 'hemoglobin' },
  { query: 'margin' },
  { query: 'impression' },
  { query: 'fatigue' },
  { query: 'neuropathy' },
  { query: 'creatinine' },
  { query: 'biopsy' },
  { query: 'nausea' },
  { query: 'metastatic' },
  { query: 'lymph node' },
  { query: 'estrogen receptor' },
  { query: 'sentinel lymph nodes' },
  { query: 'pulmonary nodule' },
  { query: 'blood loss' },
  { query: 'prior authorization' },
  { query: 'recurrence score' },
  { query: 'performance status' },
  { query: 'growth factor' },
  { query: 'ejection fraction' },
  { query: 'onco' },
  { query: 'neutro' },
  { query: 'paclit' },
  { query: 'immuno' },
  { query: 'mammo' },
  { query: 'lumpec' },
  { query: 'PIK3CA' },
  { query: 'H1047R' },
  { query: 'BI-RADS 6' },
  { query: 'Ki-67' },
  { query: 'pegfilgrastim' },
  { query: 'pT1c pN0' },
  { query: 'CA 27-29' },
  { query: 'SUV max 5.2' },
  { query: 'invasive ductal carcinoma' },
  { query: 'no evidence of metastatic disease' },
  { query: 'absolute neutrophil count' },
  { query: 'tingling in the fingertips' },
  { query: 'appeal this decision' },
  { query: 'variant of uncertain significance' },
  { query: 'carcinoma', category: 'pathology' },
  { query: 'nausea', category: 'visit_notes' },
  { query: 'contrast', category: 'imaging' },
  { query: 'dexamethasone', category: 'medications' },
  { query: 'hemoglobin', from: '2023-01-01', to: '2023-12-31' },
  { query: 'chemotherapy', from: '2024-06-01' },
  { query: 'fever', to: '2022-06-30' },
  { query: 'zebrafish' },
  { query: 'xylophone quartet' },
  { query: 'Kalomer' },
];
