import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortalExport } from '../../../main/core/portal/portal-export.ts';

const fixture = (name: string): Uint8Array => readFileSync(join(import.meta.dirname, 'fixtures', name));
const xml = (body: string): Uint8Array => new TextEncoder().encode(body);

describe('C-CDA R2.1 CCD', () => {
  const e = parsePortalExport(fixture('ccd-r21.xml'), 'ccd-r21.xml');

  it('reads the header: format, document type, LOINC and category', () => {
    expect(e.format).toBe('ccda');
    expect(e.documentType).toBe('Continuity of Care Document');
    expect(e.title).toBe('Health Summary for Testperson & Family');
    expect(e.loinc).toBe('34133-9');
    expect(e.category).toBe('visit_notes');
  });

  it('takes the legal name, leaving out call-me names, "null" parts, prefixes and suffixes', () => {
    expect(e.patient).toMatchObject({
      name: 'Quinta Rae Testperson',
      birthDate: '1961-02-14',
      gender: 'female',
    });
    expect(e.patient.identifiers).toEqual([{ system: '2.16.840.1.113883.4.1', value: '999-00-1234' }]);
  });

  it('reads medications with dose, route, frequency and dates; negated and nullFlavored entries are excluded', () => {
    expect(e.counts.medications).toBe(2);
    const [tamoxifen, ondansetron] = e.medications;
    expect(tamoxifen).toMatchObject({
      name: 'Tamoxifen 20 MG Oral Tablet',
      rxnorm: '198240',
      dose: '20',
      doseUnit: 'mg',
      route: 'Oral',
      frequency: 'once a day',
      start: '2023-01-10',
      stop: '2028-01-10',
      status: 'active',
      sourceText: 'Tamoxifen 20 MG Oral Tablet Take 1 tablet by mouth daily',
    });
    // A product code that is nullFlavored but has original text is a real, free-text drug.
    expect(ondansetron).toMatchObject({
      name: 'Ondansetron 4 MG',
      rxnorm: '312086',
      dose: '1',
      frequency: 'every 8 hours',
      start: '2024-02',
    });
    expect(ondansetron?.doseUnit).toBeUndefined();
  });

  it('counts a problem concern unless all its observations are negated', () => {
    expect(e.counts.problems).toBe(1);
    expect(e.problems[0]).toMatchObject({
      name: 'Malignant neoplasm of female breast',
      code: '372064008',
      onset: '2022-11-01',
      status: 'Active',
    });
  });

  it('reads organizer components and bare observations as results, with reference ranges', () => {
    expect(e.counts.results).toBe(3);
    expect(e.results.map((r) => r.name)).toEqual(['Hemoglobin', 'WBC', 'PSA']);
    expect(e.results[0]).toMatchObject({
      loinc: '718-7',
      value: '10.1',
      unit: 'g/dL',
      referenceRange: '12.0–15.5 g/dL',
      interpretation: 'Low',
      date: '2024-02-01',
    });
    expect(e.results[1]).toMatchObject({ referenceRange: '4.0 - 11.0', date: '2024-02-01' });
    expect(e.results[2]).toMatchObject({ value: 'not detected', date: '2023-12-15' });
  });

  it('reads allergies with reaction and severity; a wholly negated concern is not an allergy', () => {
    expect(e.counts.allergies).toBe(1);
    expect(e.allergies[0]).toMatchObject({
      substance: 'Penicillin G',
      reaction: 'Hives',
      severity: 'Moderate',
    });
  });

  it('renders sections as escaped HTML with tables kept, and as text with cells joined', () => {
    const { html, text } = e.rendering;
    expect(html).toContain('<h1>Health Summary for Testperson &amp; Family</h1>');
    expect(html).toContain('<h2>Medications</h2>');
    expect(html).toContain('<td>Tamoxifen 20 MG Oral Tablet</td>');
    expect(html).toContain('<strong>2024-02-01</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html).toContain('<h2>Social History</h2>');
    expect(text).toContain('Tamoxifen 20 MG Oral Tablet | Take 1 tablet by mouth daily');
    expect(text).toContain('Never smoker.');
    expect(text.split('\n')[0]).toBe('Health Summary for Testperson & Family');
  });

  it('gives every record a stable key', () => {
    const again = parsePortalExport(fixture('ccd-r21.xml'));
    expect(again.medications.map((m) => m.recordKey)).toEqual(e.medications.map((m) => m.recordKey));
    expect(new Set(e.results.map((r) => r.recordKey)).size).toBe(e.results.length);
  });
});

describe('C-CDA R1.1-era document', () => {
  const e = parsePortalExport(fixture('ccd-r11.xml'));

  it('reads the declared ISO-8859-1 encoding and the discharge type', () => {
    expect(e.documentType).toBe('Discharge Summary');
    expect(e.category).toBe('discharge');
    expect(e.rendering.text).toContain('café');
  });

  it('leaves out birth-name given names and keeps a year-only birth time out of birthDate', () => {
    expect(e.patient).toMatchObject({ name: 'José Ejemplo', birthDate: null });
  });

  it('finds a section without a code by its template id, and bare problem observations', () => {
    expect(e.medications).toHaveLength(1);
    expect(e.medications[0]).toMatchObject({ dose: '500–1000', doseUnit: 'mg', frequency: 'twice a day' });
    expect(e.problems.map((p) => p.name)).toEqual(['Diabetes mellitus type 2']);
  });

  it('counts zero for missing sections', () => {
    expect(e.counts).toEqual({ medications: 1, problems: 1, results: 0, allergies: 0, documents: 0 });
  });
});

describe('C-CDA document types and bodies', () => {
  const doc = (code: string, body = '<structuredBody/>', extra = ''): Uint8Array =>
    xml(`<ClinicalDocument xmlns="urn:hl7-org:v3">${extra}<code code="${code}" codeSystem="2.16.840.1.113883.6.1"/>
      <recordTarget><patientRole><patient><name nullFlavor="UNK"/></patient></patientRole></recordTarget>
      <component>${body}</component></ClinicalDocument>`);

  it.each([
    ['11504-8', 'operative', 'Operative Note'],
    ['28570-0', 'operative', 'Procedure Note'],
    ['18761-7', 'discharge', 'Transfer Summary'],
    ['52521-2', 'treatment_plan', 'Care Plan'],
    ['18776-5', 'treatment_plan', 'Plan of Care'],
    ['18748-4', 'imaging', 'Diagnostic Imaging Report'],
    ['11488-4', 'visit_notes', 'Consultation Note'],
    ['34117-2', 'visit_notes', 'History and Physical'],
    ['11506-3', 'visit_notes', 'Progress Note'],
    ['57133-1', 'visit_notes', 'Referral Note'],
    ['11526-1', 'pathology', 'Pathology Study'],
  ])('maps LOINC %s to %s', (code, category, name) => {
    const e = parsePortalExport(doc(code));
    expect(e.category).toBe(category);
    expect(e.documentType).toBe(name);
    expect(e.patient).toEqual({ name: null, birthDate: null });
  });

  it('prefers a specific document template over the generic summary code', () => {
    const e = parsePortalExport(
      doc('34133-9', '<structuredBody/>', '<templateId root="2.16.840.1.113883.10.20.22.1.14"/>'),
    );
    expect(e.documentType).toBe('Referral Note');
  });

  it('turns an unstructured (nonXMLBody) base64 text into a document', () => {
    const b64 = Buffer.from('Scanned letter text').toString('base64');
    const e = parsePortalExport(
      doc(
        '11488-4',
        `<nonXMLBody><text mediaType="text/plain" representation="B64">${b64}</text></nonXMLBody>`,
      ),
    );
    expect(e.counts.documents).toBe(1);
    expect(e.documents[0]).toMatchObject({
      mime: 'text/plain',
      text: 'Scanned letter text',
      category: 'visit_notes',
    });
  });

  it('counts a medication entry structurally even when its drug code is a placeholder', () => {
    const entry = `<entry><substanceAdministration classCode="SBADM" moodCode="EVN">
      <consumable><manufacturedProduct><manufacturedMaterial><code nullFlavor="NI">
        <translation code="410942007" codeSystem="2.16.840.1.113883.6.96" displayName="drug or medication"/>
      </code></manufacturedMaterial></manufacturedProduct></consumable></substanceAdministration></entry>`;
    const section = `<component><section><code code="10160-0"/><title>Medications</title>${entry}</section></component>`;
    const e = parsePortalExport(doc('34133-9', `<structuredBody>${section}</structuredBody>`));
    expect(e.counts.medications).toBe(1);
    expect(e.medications[0]?.name).toBe('drug or medication');
  });

  it('reads a section that has only narrative, and a section with nullFlavor and no entries', () => {
    const sections =
      '<component><section><code code="11450-4"/><title>Problems</title><text>Reviewed, none.</text></section></component>' +
      '<component><section nullFlavor="NI"><code code="48765-2"/><title>Allergies</title><text>Not asked.</text></section></component>';
    const e = parsePortalExport(doc('34133-9', `<structuredBody>${sections}</structuredBody>`));
    expect(e.counts).toMatchObject({ problems: 0, allergies: 0 });
    expect(e.rendering.text).toBe(
      'Continuity of Care Document\n\nProblems\nReviewed, none.\n\nAllergies\nNot asked.',
    );
  });

  it('refuses XML that is not a C-CDA document', () => {
    expect(() => parsePortalExport(xml('<html><body>hi</body></html>'))).toThrow(/not a C-CDA/);
  });
});
