import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parsePortalExport } from '../../../main/core/portal/portal-export.ts';

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const b64 = (text: string): string => Buffer.from(text).toString('base64');

const patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [
    { use: 'usual', given: ['Sunny'], family: 'Fixture' },
    { use: 'official', given: ['Sunniva', 'Ann'], family: 'Fixture' },
  ],
  gender: 'female',
  birthDate: '1972-09-30',
  identifier: [{ system: 'urn:example:mrn', value: 'MRN-1' }],
};
const medication = {
  resourceType: 'Medication',
  id: 'm1',
  code: {
    coding: [
      {
        system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
        code: '1049221',
        display: 'Letrozole 2.5 MG Oral Tablet',
      },
    ],
  },
};
const request = {
  resourceType: 'MedicationRequest',
  id: 'mr1',
  status: 'active',
  medicationReference: { reference: 'Medication/m1' },
  authoredOn: '2024-01-05T10:00:00-05:00',
  dosageInstruction: [
    {
      text: 'Take one tablet daily',
      timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
      route: { text: 'Oral' },
      doseAndRate: [{ doseQuantity: { value: 2.5, unit: 'mg' } }],
    },
  ],
};
const statement = {
  resourceType: 'MedicationStatement',
  id: 'ms1',
  status: 'completed',
  medicationCodeableConcept: { text: 'Ibuprofen 200 mg' },
  effectivePeriod: { start: '2023-03-01', end: '2023-03-10' },
  dosage: [{ timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } } }],
};
const condition = {
  resourceType: 'Condition',
  clinicalStatus: { coding: [{ code: 'active' }] },
  code: {
    coding: [
      { system: 'http://snomed.info/sct', code: '254837009', display: 'Malignant neoplasm of breast' },
    ],
  },
  onsetDateTime: '2023-11-02',
};
const observation = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '718-7', display: 'Hemoglobin' }] },
  effectiveDateTime: '2024-02-01T08:00:00Z',
  valueQuantity: { value: 11.2, unit: 'g/dL' },
  referenceRange: [{ low: { value: 12, unit: 'g/dL' }, high: { value: 15.5, unit: 'g/dL' } }],
  interpretation: [{ coding: [{ code: 'L', display: 'Low' }] }],
};
const bloodPressure = {
  resourceType: 'Observation',
  code: { text: 'Blood pressure' },
  component: [
    { code: { text: 'Systolic' }, valueQuantity: { value: 120, unit: 'mmHg' } },
    { code: { text: 'Diastolic' }, valueQuantity: { value: 80, unit: 'mmHg' } },
  ],
};
const allergy = {
  resourceType: 'AllergyIntolerance',
  code: { text: 'Sulfa drugs' },
  reaction: [{ manifestation: [{ text: 'Rash' }], severity: 'mild' }],
};
const bundle = (type: string, resources: unknown[]): unknown => ({
  resourceType: 'Bundle',
  type,
  entry: resources.map((resource, i) => ({
    fullUrl: `urn:uuid:00000000-0000-0000-0000-00000000000${i}`,
    resource,
  })),
});

describe('FHIR R4 bundles', () => {
  it.each(['transaction', 'collection', 'searchset'])('reads a %s bundle', (type) => {
    const e = parsePortalExport(
      json(
        bundle(type, [
          patient,
          medication,
          request,
          statement,
          condition,
          observation,
          bloodPressure,
          allergy,
        ]),
      ),
    );
    expect(e.format).toBe('fhir');
    expect(e.documentType).toBe(`FHIR R4 ${type} bundle`);
    expect(e.counts).toEqual({ medications: 2, problems: 1, results: 2, allergies: 1, documents: 0 });
  });

  it('takes the first official name of the patient', () => {
    const e = parsePortalExport(json(bundle('collection', [patient])));
    expect(e.patient).toEqual({
      name: 'Sunniva Ann Fixture',
      birthDate: '1972-09-30',
      gender: 'female',
      identifiers: [{ system: 'urn:example:mrn', value: 'MRN-1' }],
    });
  });

  it('maps medications (resolving medicationReference), problems, results and allergies', () => {
    const e = parsePortalExport(
      json(
        bundle('collection', [
          medication,
          request,
          statement,
          condition,
          observation,
          bloodPressure,
          allergy,
        ]),
      ),
    );
    expect(e.medications[0]).toMatchObject({
      name: 'Letrozole 2.5 MG Oral Tablet',
      rxnorm: '1049221',
      dose: '2.5',
      doseUnit: 'mg',
      route: 'Oral',
      frequency: 'once a day',
      start: '2024-01-05',
      status: 'active',
      sourceText: 'Take one tablet daily',
    });
    expect(e.medications[1]).toMatchObject({
      name: 'Ibuprofen 200 mg',
      frequency: 'three times a day',
      start: '2023-03-01',
      stop: '2023-03-10',
    });
    expect(e.problems[0]).toMatchObject({
      name: 'Malignant neoplasm of breast',
      code: '254837009',
      onset: '2023-11-02',
      status: 'active',
    });
    expect(e.results[0]).toMatchObject({
      name: 'Hemoglobin',
      loinc: '718-7',
      value: '11.2',
      unit: 'g/dL',
      referenceRange: '12–15.5 g/dL',
      interpretation: 'Low',
      date: '2024-02-01',
    });
    expect(e.results[1]?.value).toBe('Systolic: 120 mmHg; Diastolic: 80 mmHg');
    expect(e.allergies[0]).toEqual(
      expect.objectContaining({ substance: 'Sulfa drugs', reaction: 'Rash', severity: 'mild' }),
    );
    expect(e.rendering.html).toContain('<td>Letrozole 2.5 MG Oral Tablet</td>');
    expect(e.rendering.text).toContain('Hemoglobin | 11.2 g/dL | 12–15.5 g/dL | Low | 2024-02-01');
  });

  it('reads an International Patient Summary document with its sanitised section narrative', () => {
    const composition = {
      resourceType: 'Composition',
      meta: { profile: ['http://hl7.org/fhir/uv/ips/StructureDefinition/Composition-uv-ips'] },
      type: {
        coding: [{ system: 'http://loinc.org', code: '60591-5', display: 'Patient summary Document' }],
      },
      title: 'Patient Summary',
      section: [
        {
          title: 'Active Problems',
          text: {
            div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Breast cancer <b>stage II</b></p><img src="http://example.org/x.png"/><a href="javascript:alert(1)">click</a></div>',
          },
        },
      ],
    };
    const e = parsePortalExport(json(bundle('document', [composition, patient, condition])));
    expect(e.documentType).toBe('International Patient Summary');
    expect(e.loinc).toBe('60591-5');
    expect(e.category).toBe('visit_notes');
    expect(e.rendering.html).toContain('<h2>Active Problems</h2>');
    expect(e.rendering.html).toContain('<p>Breast cancer <strong>stage II</strong></p>');
    expect(e.rendering.html).not.toMatch(/<img|<a |javascript:|example\.org/);
    expect(e.rendering.text).toContain('Breast cancer stage II');
  });
});

describe('FHIR single resources and NDJSON', () => {
  it('reads one resource on its own', () => {
    const e = parsePortalExport(json(observation));
    expect(e.documentType).toBe('FHIR R4 Observation');
    expect(e.counts.results).toBe(1);
    expect(e.patient).toEqual({ name: null, birthDate: null });
  });

  it('reads NDJSON, one resource per line', () => {
    const lines = [patient, request, condition, observation].map((r) => JSON.stringify(r)).join('\n') + '\n';
    const e = parsePortalExport(new TextEncoder().encode(lines), 'export.ndjson');
    expect(e.documentType).toBe('FHIR R4 bulk export (NDJSON)');
    expect(e.counts).toMatchObject({ medications: 1, problems: 1, results: 1 });
    expect(e.patient.name).toBe('Sunniva Ann Fixture');
  });

  it('decodes a DocumentReference with a base64 text attachment', () => {
    const e = parsePortalExport(
      json({
        resourceType: 'DocumentReference',
        type: { coding: [{ system: 'http://loinc.org', code: '18842-5', display: 'Discharge summary' }] },
        date: '2024-03-01T12:00:00Z',
        content: [
          {
            attachment: {
              contentType: 'text/plain; charset=utf-8',
              data: b64('Discharged home in good condition.'),
              title: 'Discharge',
            },
          },
          { attachment: { contentType: 'application/pdf', url: 'https://portal.example/doc.pdf' } },
        ],
      }),
    );
    expect(e.category).toBe('discharge');
    expect(e.documentType).toBe('Discharge summary');
    expect(e.counts.documents).toBe(1);
    expect(e.documents[0]).toMatchObject({
      title: 'Discharge',
      category: 'discharge',
      date: '2024-03-01',
      mime: 'text/plain',
      text: 'Discharged home in good condition.',
    });
  });

  it('keeps a base64 PDF attachment as bytes', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Surgical pathology');
    const bytes = await pdf.save();
    const e = parsePortalExport(
      json({
        resourceType: 'DiagnosticReport',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'SP' }] }],
        code: { text: 'Surgical pathology report' },
        issued: '2024-02-20T09:00:00Z',
        presentedForm: [{ contentType: 'application/pdf', data: Buffer.from(bytes).toString('base64') }],
      }),
    );
    expect(e.category).toBe('pathology');
    expect(e.documents[0]?.mime).toBe('application/pdf');
    expect(e.documents[0]?.bytes).toEqual(bytes);
    expect(e.documents[0]?.text).toBeUndefined();
    expect(e.documents[0]?.date).toBe('2024-02-20');
  });

  it('reduces an HTML attachment to its words', () => {
    const e = parsePortalExport(
      json({
        resourceType: 'DocumentReference',
        type: { text: 'Progress note' },
        content: [
          {
            attachment: {
              contentType: 'text/html',
              data: b64('<p>Seen today &amp; doing well</p><script>alert(1)</script>'),
            },
          },
        ],
      }),
    );
    expect(e.documents[0]?.text).toBe('Seen today & doing well');
    expect(e.documents[0]?.category).toBe('visit_notes');
  });

  it('says a JSON file without FHIR resources is not a health record', () => {
    expect(() => parsePortalExport(json({ hello: 'world' }))).toThrow(/not a FHIR health record/);
  });
});
