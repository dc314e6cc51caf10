import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from '../../../main/core/import/sniff.ts';
import { textPdf } from './make-files.ts';

const picture = sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } });

describe('sniffFileType judges files by their bytes', () => {
  it('recognises PDFs and pictures', async () => {
    expect(sniffFileType(await textPdf(['x'])).kind).toBe('pdf');
    expect(sniffFileType(await picture.clone().jpeg().toBuffer())).toEqual({
      kind: 'jpeg',
      mime: 'image/jpeg',
    });
    expect(sniffFileType(await picture.clone().png().toBuffer()).kind).toBe('png');
    expect(sniffFileType(await picture.clone().tiff().toBuffer()).kind).toBe('tiff');
    expect(sniffFileType(await picture.clone().webp().toBuffer()).kind).toBe('webp');
  });

  it('tells HEIC from AVIF, which shares the container', async () => {
    const avif = await picture.clone().avif().toBuffer();
    expect(sniffFileType(avif).kind).toBe('unsupported');
    const heic = Buffer.from(avif);
    heic.write('heic', 8, 'latin1');
    heic.write('mif1heic', 16, 'latin1');
    expect(sniffFileType(heic).kind).toBe('heic');
  });

  it('recognises C-CDA, FHIR JSON, FHIR NDJSON and plain text', () => {
    const ccda = '<?xml version="1.0"?><!-- export --><cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"/>';
    expect(sniffFileType(Buffer.from(ccda)).kind).toBe('ccda');
    expect(sniffFileType(Buffer.from('<ClinicalDocument xmlns="urn:other"/>')).kind).toBe('text');
    expect(sniffFileType(Buffer.from('{"resourceType":"Patient","id":"1"}')).kind).toBe('fhir-json');
    const ndjson = '{"resourceType":"Observation"}\n{"resourceType":"Condition"}\n';
    expect(sniffFileType(Buffer.from(ndjson)).kind).toBe('fhir-ndjson');
    expect(sniffFileType(Buffer.from('{"name":"not fhir"}')).kind).toBe('text');
    expect(sniffFileType(Buffer.from('\uFEFFNotes from the visit\n')).kind).toBe('text');
  });

  it('refuses programs, archives, binary junk and empty files with reasons', () => {
    expect(sniffFileType(Buffer.from('MZ\x90\x00', 'latin1')).reason).toContain('looks like a program');
    expect(sniffFileType(Buffer.from('\x7fELF\x02\x01', 'latin1')).reason).toContain('looks like a program');
    expect(sniffFileType(Buffer.from('PK\x03\x04rest', 'latin1')).reason).toContain('archive');
    expect(sniffFileType(Buffer.from([0x00, 0x01, 0x02, 0xfe])).kind).toBe('unsupported');
    expect(sniffFileType(new Uint8Array()).reason).toContain('empty');
  });
});
