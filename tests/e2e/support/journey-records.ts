import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { makeScan, makeTextPdf } from '../../helpers/make-fixtures.ts';
import { writeRecordFiles, type RecordFiles } from './record-files.ts';

/** The made-up person the journey's records are about. */
export interface JourneyPatient {
  /** Full name as the records print it ("Given Family"). */
  name: string;
  /** Date of birth as MM/DD/YYYY, as US records print it. */
  dob: string;
}

/** The file names of the mixed folder, in the order a file manager lists them. */
export const JOURNEY_FILES = {
  pathologyScan: 'scan-001-pathology.png',
  labScan: 'scan-002-labs.jpg',
  phonePhoto: 'IMG_20260221_phone.jpg',
  medicationPdf: 'medication-list.pdf',
  portalCcda: 'portal-summary.xml',
  reminderScan: 'scan-003.png',
} as const;

/** YYYYMMDD for C-CDA from MM/DD/YYYY. */
function hl7Date(usDate: string): string {
  const [month, day, year] = usDate.split('/');
  return `${year}${month}${day}`;
}

/**
 * A phone photo of a CT report lying on a table: the sheet is a little crooked, and the camera stored
 * the picture sideways with an EXIF note to turn it (orientation 6, "rotate 90° clockwise to view").
 */
async function phonePhoto(lines: string[]): Promise<Buffer> {
  const width = 1000;
  const height = 1300;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = '28px "DejaVu Sans", "Liberation Sans", sans-serif';
  lines.forEach((line, i) => ctx.fillText(line, 70, 120 + i * 46));
  // The sheet on a wooden-brown table, 2.5° off square.
  const crooked = await sharp(canvas.toBuffer('image/png'))
    .rotate(2.5, { background: '#6e5846' })
    .extend({ top: 60, bottom: 60, left: 60, right: 60, background: '#6e5846' })
    .png()
    .toBuffer();
  // Stored sideways (turned 90° anticlockwise); the EXIF orientation tells viewers to turn it back.
  return sharp(crooked).rotate(270).withMetadata({ orientation: 6 }).jpeg({ quality: 82 }).toBuffer();
}

/** A hand-written C-CDA summary from a patient portal: a medicine, a lab result and `reference` in its text. */
function portalCcda(patient: JourneyPatient, reference: string): string {
  const [given, family] = patient.name.split(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Hand-written test record: a made-up portal download. -->
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="1.2.3.4" extension="journey-ccd-1"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Lakeview Health Portal — Health Summary</title>
  <effectiveTime value="20260225093000-0500"/>
  <recordTarget>
    <patientRole>
      <patient>
        <name use="L"><given>${given}</given><family>${family}</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="${hl7Date(patient.dob)}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.1.1" extension="2014-06-09"/>
          <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>
          <title>Medications</title>
          <text>
            <table>
              <thead><tr><th>Drug</th><th>Sig</th></tr></thead>
              <tbody>
                <tr ID="med1"><td>Ondansetron 8 MG Oral Tablet</td><td>Take 1 tablet by mouth every 8 hours as needed</td></tr>
              </tbody>
            </table>
          </text>
          <entry>
            <substanceAdministration classCode="SBADM" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.16"/>
              <text><reference value="#med1"/></text>
              <statusCode code="active"/>
              <effectiveTime xsi:type="IVL_TS"><low value="20260212"/></effectiveTime>
              <effectiveTime xsi:type="PIVL_TS" institutionSpecified="false" operator="A"><period value="8" unit="h"/></effectiveTime>
              <routeCode code="C38288" codeSystem="2.16.840.1.113883.3.26.1.1" displayName="Oral"/>
              <doseQuantity value="8" unit="mg"/>
              <consumable><manufacturedProduct><manufacturedMaterial>
                <code code="312087" codeSystem="2.16.840.1.113883.6.88" displayName="Ondansetron 8 MG Oral Tablet"/>
              </manufacturedMaterial></manufacturedProduct></consumable>
            </substanceAdministration>
          </entry>
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
          <code code="30954-2" codeSystem="2.16.840.1.113883.6.1"/>
          <title>Results</title>
          <text>
            <paragraph>CEA drawn 2026-02-18: 2.4 ng/mL</paragraph>
            <paragraph>Portal reference: ${reference}</paragraph>
          </text>
          <entry>
            <observation classCode="OBS" moodCode="EVN">
              <code code="2039-6" codeSystem="2.16.840.1.113883.6.1" displayName="Carcinoembryonic Ag"/>
              <effectiveTime value="20260218"/>
              <value xsi:type="PQ" value="2.4" unit="ng/mL"/>
              <referenceRange><observationRange>
                <value xsi:type="IVL_PQ"><low value="0" unit="ng/mL"/><high value="3.0" unit="ng/mL"/></value>
              </observationRange></referenceRange>
            </observation>
          </entry>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
`;
}

/**
 * Writes the "mixed folder" a patient brings home, all made up and about `patient`: two scanned pages
 * (a pathology report as PNG and a lab result as JPEG), a crooked sideways phone photo of a CT report,
 * a digital medication list PDF and a portal C-CDA download that both carry `canary` in their text, and a
 * scanned appointment reminder that reads like paperwork (CareBinder is unsure of it: it needs a look).
 */
export async function writeJourneyFolder(patient: JourneyPatient, canary: string): Promise<RecordFiles> {
  const who = `Patient: ${patient.name}   DOB: ${patient.dob}`;
  return writeRecordFiles({
    [JOURNEY_FILES.pathologyScan]: await makeScan(
      [
        'LAKEVIEW MEDICAL CENTER',
        'SURGICAL PATHOLOGY REPORT',
        who,
        'Collected: 02/03/2026',
        'Specimen: Sigmoid colon, biopsy',
        'FINAL DIAGNOSIS:',
        'Invasive adenocarcinoma, moderately differentiated.',
        'Margins negative for carcinoma.',
        'Pathologist: Irene Moss, MD',
      ],
      { width: 1000 },
    ),
    [JOURNEY_FILES.labScan]: await makeScan(
      [
        'LAKEVIEW MEDICAL CENTER LABORATORY',
        'LABORATORY REPORT',
        who,
        'Collected: 02/18/2026',
        'COMPLETE BLOOD COUNT',
        'Hemoglobin 12.9 g/dL   Reference range 12.0-16.0',
        'White blood cells 6.1   Reference range 4.0-11.0',
        'Platelets 231   Reference range 150-400',
      ],
      { width: 1000, format: 'jpeg' },
    ),
    [JOURNEY_FILES.phonePhoto]: await phonePhoto([
      'LAKEVIEW IMAGING',
      'RADIOLOGY REPORT',
      who,
      'Exam date: 02/20/2026',
      'CT CHEST ABDOMEN PELVIS WITH CONTRAST',
      'Findings: No enlarged lymph nodes.',
      'No pulmonary nodules. Liver normal.',
      'Impression: No evidence of',
      'metastatic disease.',
    ]),
    [JOURNEY_FILES.medicationPdf]: await makeTextPdf([
      [
        'LAKEVIEW PHARMACY',
        'CURRENT MEDICATION LIST',
        who,
        'Printed: 02/22/2026',
        `Pharmacy reference: ${canary}`,
        '',
        'Medication | Dose | Directions | Start date',
        'Capecitabine 500 mg tablet | 1000 mg | 2 tabs by mouth twice daily | 02/16/2026',
        'Loperamide 2 mg capsule | 2 mg | 1 cap PO as needed | 02/16/2026',
      ],
    ]),
    [JOURNEY_FILES.portalCcda]: portalCcda(patient, canary),
    [JOURNEY_FILES.reminderScan]: await makeScan(
      [
        'LAKEVIEW MEDICAL CENTER',
        who,
        'Appointment reminder 03/02/2026 10:30',
        'Please arrive 15 minutes early and bring your',
        'insurance card and a list of your medicines.',
      ],
      { width: 1000 },
    ),
  });
}
