import type { CategoryId } from '../../../shared/categories.ts';

/**
 * Short documents written by hand for these tests (fictional people and places), one per category,
 * as a typist or a portal would print them.
 */
export const FIXTURES: Record<CategoryId, string> = {
  pathology: `NORTHFIELD REGIONAL HOSPITAL
SURGICAL PATHOLOGY REPORT
Patient: TESTER, ANNA          DOB: 07/19/1968        Accession: S26-01234
Collected: 02/03/2026          Received: 02/03/2026
Pathologist: Marcus Hale, MD

SPECIMEN SUBMITTED:
A. Left breast, 2 o'clock, ultrasound-guided core biopsy

GROSS DESCRIPTION:
Received in formalin labeled with the patient's name are four tan-white cores of tissue, 1.2 to 1.8 cm,
entirely submitted in cassette A1.

MICROSCOPIC DESCRIPTION:
Sections show infiltrating ductal carcinoma, Nottingham histologic grade 2 of 3.

FINAL DIAGNOSIS:
Left breast, core biopsy: invasive ductal carcinoma, grade 2. ER positive, PR positive, HER2 pending.`,

  operative: `OPERATIVE REPORT
Date of surgery: 03/10/2026
Surgeon: Priya Raman, MD

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Laparoscopic cholecystectomy.
ANESTHESIA: General endotracheal.
ESTIMATED BLOOD LOSS: 20 mL.

DESCRIPTION OF PROCEDURE: The patient was brought to the operating room and placed supine. The abdomen was
prepped and draped in the usual sterile fashion. A 12 mm trocar was placed at the umbilicus. The cystic duct and
artery were clipped and divided. Hemostasis was confirmed. The fascia was closed with 0 Vicryl sutures. The
patient tolerated the procedure well and was taken to the recovery room in stable condition.`,

  discharge: `DISCHARGE SUMMARY
Date of admission: 01/12/2026
Date of discharge: 01/16/2026

ADMISSION DIAGNOSIS: Community-acquired pneumonia.
DISCHARGE DIAGNOSES:
1. Community-acquired pneumonia, improving.
2. Type 2 diabetes mellitus.

HOSPITAL COURSE: The patient was admitted to the medical floor and started on intravenous antibiotics.
Her oxygen requirement resolved by hospital day three and she was changed to oral antibiotics.

CONDITION ON DISCHARGE: Stable.
DISCHARGE MEDICATIONS: Amoxicillin-clavulanate 875 mg twice daily for 5 days. Metformin 500 mg twice daily.
DISCHARGE INSTRUCTIONS: Follow up with primary care in one week.`,

  treatment_plan: `ONCOLOGY TREATMENT PLAN
Patient: Tester, Anna
Diagnosis: Invasive ductal carcinoma, left breast, clinical stage IIA, ER/PR positive, HER2 negative
Treatment intent: Curative

Regimen: Dose-dense doxorubicin and cyclophosphamide every 2 weeks for 4 cycles,
followed by weekly paclitaxel for 12 weeks.
Cycle 1 Day 1 planned for 04/01/2026.
Radiation therapy: whole breast 40.05 Gy in 15 fractions after surgery.
Goals: complete systemic therapy, then surgery. Tumor board recommendation reviewed with patient.`,

  medications: `MEDICATION LIST
Printed for: Anna Tester
Medication | Directions | Start Date | Status
Letrozole 2.5 mg oral tablet | Take 1 tablet by mouth once daily | 02/20/2026 | Active
Ondansetron 8 mg tablet | Take 1 tablet by mouth every 8 hours as needed for nausea | 02/20/2026 | Active
Lisinopril 10 mg oral tablet | Take 1 tablet by mouth daily | 06/01/2024 | Active
Rx #: 4471902  Refills: 3  Pharmacy: Maple Street Pharmacy`,

  labs: `LABORATORY RESULTS
Collected: 03/02/2026 08:15   Reported: 03/02/2026 11:40
Ordering provider: Lena Ortiz, MD

Test                 Result     Flag   Units       Reference Range
WBC                  3.1        L      x10E3/uL    4.0 - 11.0
Hemoglobin           11.2       L      g/dL        12.0 - 16.0
Platelets            188               x10E3/uL    150 - 400
Sodium               139               mmol/L      135 - 145
Creatinine           0.8               mg/dL       0.6 - 1.1
CA 27-29             41         H      U/mL        0 - 38`,

  imaging: `RADIOLOGY REPORT
EXAM: CT chest, abdomen and pelvis with contrast
Exam date: 02/25/2026
CLINICAL INDICATION: Staging of newly diagnosed breast cancer.
TECHNIQUE: Axial images were obtained after intravenous contrast with coronal and sagittal reformats.
COMPARISON: None.
FINDINGS: No pulmonary nodules. No mediastinal or axillary lymphadenopathy. The liver enhances normally
without focal lesion. No lytic or blastic osseous lesions.
IMPRESSION:
1. No evidence of metastatic disease in the chest, abdomen or pelvis.`,

  genomics: `GENETIC TEST REPORT - HEREDITARY CANCER PANEL
Specimen: Blood   Collected: 01/30/2026
Genes tested: ATM, BRCA1, BRCA2, CDH1, CHEK2, PALB2, PTEN, TP53
RESULT: POSITIVE - One pathogenic variant detected
Gene: BRCA2   Variant: c.5946delT (p.Ser1982Argfs*22)   Zygosity: Heterozygous
Classification: Pathogenic
No variants of uncertain significance were identified. Germline testing by next generation sequencing.`,

  visit_notes: `ONCOLOGY CONSULTATION
Reason for consultation: Newly diagnosed left breast cancer.

HISTORY OF PRESENT ILLNESS: Ms. Tester is a 57-year-old woman who noticed a left breast lump in January.
Mammogram and biopsy followed.
PAST MEDICAL HISTORY: Hypertension.
SOCIAL HISTORY: Never smoker. Works as a teacher.
REVIEW OF SYSTEMS: Negative except as above.
PHYSICAL EXAMINATION: Vital signs stable. 2 cm firm mass in the left breast at 2 o'clock.
ASSESSMENT AND PLAN: Clinical stage IIA breast cancer. We discussed neoadjuvant options.
Return to clinic in two weeks. Thank you for allowing me to participate in her care.`,

  insurance: `BLUE HARBOR HEALTH PLAN
Member: ANNA TESTER
Member ID: XQH482913307     Group Number: 0087421
Plan: PPO Silver
Copays: PCP $25  Specialist $50  ER $250
Rx BIN: 610014   Rx PCN: HBRX   Rx GRP: BHRX01
Member services: 1-800-555-0134
Claims: PO Box 4410, Springfield`,

  other: `ADVANCE DIRECTIVE FOR HEALTH CARE
I, ____________________, being of sound mind, make this advance directive.
PART 1. HEALTH CARE AGENT. I appoint the following person as my agent to make health care decisions for me
if I cannot make them myself.
PART 2. LIVING WILL. If I have a terminal condition, I do not want life-sustaining treatment.
Signature of declarant: __________________ Date: ___________
Witness 1: __________________ Witness 2: __________________
Notary public: __________________`,
};

const SWAPS: [RegExp, string][] = [
  [/o/g, '0'],
  [/l/g, '1'],
  [/S/g, '5'],
  [/m/g, 'rn'],
];

/**
 * The same text as a poor scan might read: some look-alike letters swapped, some words split or run
 * together, and case noise. Deterministic, so the tests are stable.
 */
export function damaged(text: string): string {
  let n = 0;
  return text
    .split(/(\s+)/)
    .map((word) => {
      n++;
      if (/\s/.test(word)) return n % 11 === 0 ? '' : word;
      let w = word;
      const swap = SWAPS[n % SWAPS.length] as [RegExp, string];
      if (n % 3 === 0) w = w.replace(swap[0], swap[1]);
      if (n % 7 === 0 && w.length > 6) w = `${w.slice(0, 3)} ${w.slice(3)}`;
      return w;
    })
    .join('');
}
