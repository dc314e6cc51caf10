import { describe, expect, it } from 'vitest';
import { makeDocumentTitle } from '../../../main/core/extract/document-title.ts';
import { extractPatientIdentity } from '../../../main/core/extract/patient-identity.ts';
import { extractClinician, extractFacility } from '../../../main/core/extract/provenance.ts';

const PATH_REPORT = `NORTHFIELD REGIONAL HOSPITAL
SURGICAL PATHOLOGY REPORT
Patient: TESTER, ANNA M        DOB: 07/19/1968        MRN: 00482913
Collected: 02/03/2026
Pathologist: Marcus Hale, MD
SPECIMEN SUBMITTED:
A. Left breast, core biopsy
FINAL DIAGNOSIS: invasive ductal carcinoma`;

describe('extractPatientIdentity', () => {
  it('reads name (reordered, title-cased), birth date and record number', () => {
    expect(extractPatientIdentity(PATH_REPORT)).toEqual({
      name: 'Anna M Tester',
      birthDate: '1968-07-19',
      recordNumber: '00482913',
    });
  });

  it('reads fields written on separate lines and other label spellings', () => {
    const text = 'Patient Name: Jorge Alvarez\nDate of Birth: March 3, 1955\nMedical Record Number: A-77120';
    expect(extractPatientIdentity(text)).toEqual({
      name: 'Jorge Alvarez',
      birthDate: '1955-03-03',
      recordNumber: 'A-77120',
    });
  });

  it('cuts the name at the next field when there is no gap', () => {
    expect(extractPatientIdentity('Patient: Jane Roe DOB 04/05/1971')?.name).toBe('Jane Roe');
  });

  it('does not take a plan or drug name for the patient', () => {
    expect(extractPatientIdentity('Plan Name: Silver Care Value Plan\nDrug name: Letrozole')).toBeNull();
  });

  it('returns null when the document names nobody', () => {
    expect(extractPatientIdentity('IMPRESSION: normal study.')).toBeNull();
  });
});

describe('extractFacility and extractClinician', () => {
  it('finds a letterhead facility and a labelled pathologist', () => {
    expect(extractFacility(PATH_REPORT)).toBe('NORTHFIELD REGIONAL HOSPITAL');
    expect(extractClinician(PATH_REPORT)).toBe('Marcus Hale, MD');
  });

  it('prefers a labelled facility', () => {
    expect(extractFacility('Lab results\nPerforming site: Lakeside Clinical Laboratory, 12 Main St')).toBe(
      'Lakeside Clinical Laboratory',
    );
  });

  it('reads signature lines', () => {
    expect(extractClinician('IMPRESSION: normal.\n/es/ ROBERT QUINN, MD\nRadiology')).toBe(
      'Robert Quinn, MD',
    );
    expect(extractClinician('Dictated by: Dr. Helen Park')).toBe('Helen Park');
  });

  it('returns null when none is named', () => {
    expect(extractFacility('Findings: normal.')).toBeNull();
    expect(extractClinician('Findings: normal.')).toBeNull();
  });
});

describe('makeDocumentTitle', () => {
  it('uses the category wording, the stated subject and the date', () => {
    expect(makeDocumentTitle({ category: 'pathology', text: PATH_REPORT, date: '2026-02-03' })).toBe(
      'Surgical pathology — left breast core biopsy, 2026-02-03',
    );
  });

  it('names the procedure of an operative report and keeps acronyms', () => {
    const text = 'OPERATIVE REPORT\nPROCEDURE PERFORMED: Laparoscopic cholecystectomy.\nANESTHESIA: general';
    expect(makeDocumentTitle({ category: 'operative', text, date: '2026-03-10' })).toBe(
      'Operative report — laparoscopic cholecystectomy, 2026-03-10',
    );
    const ct = 'EXAM: CT chest with contrast\nIMPRESSION: no metastases';
    expect(makeDocumentTitle({ category: 'imaging', text: ct, date: null })).toBe(
      'Imaging report — CT chest with contrast',
    );
  });

  it('falls back to the wording alone when no subject is clearly stated', () => {
    expect(
      makeDocumentTitle({ category: 'medications', text: 'Letrozole 2.5 mg daily', date: '2026-02-20' }),
    ).toBe('Medication list, 2026-02-20');
    const rambling = `PROCEDURE: ${'the patient was taken back and a long sequence of steps followed '.repeat(2)}`;
    expect(makeDocumentTitle({ category: 'operative', text: rambling, date: null })).toBe('Operative report');
  });
});
