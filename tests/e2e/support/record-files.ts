import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeScan, makeTextPdf } from '../../helpers/make-fixtures.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A folder of made-up records for one test, removed with `cleanup()`. */
export interface RecordFiles {
  dir: string;
  path: (name: string) => string;
  cleanup: () => void;
}

/** Writes the named files (bytes or text) into a fresh temp folder. */
export function writeRecordFiles(files: Record<string, Buffer | string>): RecordFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carebinder-e2e-files-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return {
    dir,
    path: (name) => path.join(dir, name),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A two-page digital pathology report; the word "adenocarcinoma" appears on page 2 only. */
export function pathologyPdf(patient: { name: string; dob: string }): Promise<Buffer> {
  return makeTextPdf([
    [
      'NORTHFIELD REGIONAL HOSPITAL',
      'SURGICAL PATHOLOGY REPORT',
      `Patient: ${patient.name}   DOB: ${patient.dob}`,
      'Date of service: 02/03/2026',
      'Specimen: Sigmoid colon, biopsy',
      'Pathologist: Marcus Hale, MD',
    ],
    [
      'FINAL DIAGNOSIS:',
      'Invasive adenocarcinoma, moderately differentiated.',
      'Margins negative. Lymphovascular invasion not identified.',
    ],
  ]);
}

/** A small scan-like picture of a lab report (real OCR reads it; kept small so it reads quickly). */
export function labScanPng(): Promise<Buffer> {
  return makeScan(
    [
      'LABORATORY REPORT',
      'Collected: 03/04/2026',
      'COMPLETE BLOOD COUNT',
      'Hemoglobin 13.2 g/dL',
      'Platelets 250',
    ],
    { width: 900 },
  );
}

/** A Windows program renamed to .pdf: the door must refuse it by its content, not its name. */
export function programRenamedPdf(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return bytes;
}

/** The hand-written C-CDA patient summary of the portal unit tests (results, problems, medicines). */
export function portalCcda(): Buffer {
  return fs.readFileSync(path.join(ROOT, 'tests/unit/portal/fixtures/ccd-r21.xml'));
}

/** A pharmacy medication list as plain text. */
export const MEDICATION_LIST = [
  'CURRENT MEDICATION LIST',
  '',
  'Medication | Dose | Directions | Start date',
  'Tamoxifen 20 mg tablet | 20 mg | 1 tab by mouth daily | 01/15/2025',
  'Docusate 100 mg capsule | 100 mg | 1 cap PO BID | 02/01/2025',
  '',
].join('\n');

/**
 * A hand-written FHIR R4 Bundle for the person of the C-CDA fixture: a glucose above its range (so the
 * health record says "High") and a procedure.
 */
export function portalFhirBundle(): string {
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          id: 'quinta',
          name: [{ use: 'official', given: ['Quinta'], family: 'Testperson' }],
          birthDate: '1961-02-14',
        },
      },
      {
        resource: {
          resourceType: 'Observation',
          id: 'glucose-1',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] },
          effectiveDateTime: '2024-03-01',
          valueQuantity: { value: 182, unit: 'mg/dL' },
          referenceRange: [{ low: { value: 70, unit: 'mg/dL' }, high: { value: 99, unit: 'mg/dL' } }],
        },
      },
      {
        resource: {
          resourceType: 'Procedure',
          id: 'port-1',
          status: 'completed',
          code: { text: 'Insertion of chest port' },
          performedDateTime: '2024-02-20',
        },
      },
    ],
  });
}
