import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/core/import/read-document.ts';
import type { OcrService } from '../../../main/core/ocr/ocr.types.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { SAMPLE_LINES, scannedPdf, textPdf, textPicture } from './make-files.ts';

// Real tesseract.js; two engines share the machine's two cores with other test files, so keep it small.
let ocr: OcrService;
let dir: string;
const png = textPicture();

beforeAll(async () => {
  ocr = createTesseractOcrService({ workers: 1 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-read-'));
});
afterAll(async () => {
  await ocr.close();
  await rm(dir, { recursive: true, force: true });
});

/** The words of the sample, found in the recognised text regardless of line breaks and case. */
function expectSample(text: string): void {
  const flat = text.replace(/\s+/g, ' ').toLowerCase();
  for (const line of SAMPLE_LINES) expect(flat).toContain(line.toLowerCase());
}

describe('readDocument reads every supported format', () => {
  it('takes a digital PDF from its text layer without OCR', async () => {
    const result = await readDocument(
      await textPdf(['Discharge summary for the hospital stay', 'Medication list reviewed today']),
      { ocr },
    );
    expect(result.kind).toBe('pdf');
    expect(result.pages.map((p) => p.source)).toEqual(['text-layer', 'text-layer']);
    expect(result.pages[1]?.text).toBe('Medication list reviewed today');
    expect(result.pages[0]?.confidence).toBeNull();
  });

  it('renders and OCRs a scanned PDF page, returning the page image', async () => {
    const result = await readDocument(await scannedPdf(png), { ocr });
    const page = result.pages[0];
    expect(page?.source).toBe('ocr');
    expectSample(page?.text ?? '');
    expect(page?.confidence).toBeGreaterThan(70);
    expect(page?.words?.length).toBeGreaterThan(5);
    const meta = await sharp(page?.image?.png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(page?.image?.width);
  });

  it('reads a JPEG by its bytes even when it is named .pdf', async () => {
    const file = path.join(dir, 'scan.pdf');
    await writeFile(file, await sharp(png).jpeg({ quality: 90 }).toBuffer());
    const result = await readDocument(await readFile(file), { ocr, keepImages: false });
    expect(result.kind).toBe('jpeg');
    expectSample(result.pages[0]?.text ?? '');
    expect(result.pages[0]?.image).toBeUndefined();
  });

  it('reads every page of a multi-page TIFF', async () => {
    const other = textPicture(['Imaging report chest', 'No new nodules seen']);
    const tiff = await sharp([png, other], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const result = await readDocument(tiff, { ocr, keepImages: false });
    expect(result.kind).toBe('tiff');
    expect(result.pages).toHaveLength(2);
    expectSample(result.pages[0]?.text ?? '');
    expect(result.pages[1]?.text.toLowerCase()).toContain('no new nodules seen');
  });

  it('reads WebP', async () => {
    const result = await readDocument(await sharp(png).webp({ quality: 90 }).toBuffer(), {
      ocr,
      keepImages: false,
    });
    expect(result.kind).toBe('webp');
    expectSample(result.pages[0]?.text ?? '');
  });

  const heifEnc = spawnSync('heif-enc', ['--help']).error === undefined;
  it.skipIf(!heifEnc)(
    'reads HEIC through libheif (skipped when heif-enc is not installed to make one)',
    async () => {
      const input = path.join(dir, 'page.png');
      const output = path.join(dir, 'page.heic');
      await writeFile(input, png);
      expect(spawnSync('heif-enc', ['-q', '90', '-o', output, input]).status).toBe(0);
      const result = await readDocument(await readFile(output), { ocr, keepImages: false });
      expect(result.kind).toBe('heic');
      expectSample(result.pages[0]?.text ?? '');
    },
  );

  it('reads plain text, C-CDA and FHIR as text without OCR', async () => {
    const text = await readDocument(
      Buffer.from('Questions for the second opinion:\n1. Is surgery needed?\n'),
      { ocr },
    );
    expect(text).toMatchObject({
      kind: 'text',
      pages: [{ source: 'text-layer', text: 'Questions for the second opinion:\n1. Is surgery needed?\n' }],
    });
    const ccda =
      '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Summary</title></ClinicalDocument>';
    expect((await readDocument(Buffer.from(ccda), { ocr })).kind).toBe('ccda');
    const fhir = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] });
    expect((await readDocument(Buffer.from(fhir), { ocr })).kind).toBe('fhir-json');
  });
});

describe('page orientation', () => {
  // A page-like picture: enough lines for the layout to show which way they run.
  const sheet = textPicture([...SAMPLE_LINES, ...SAMPLE_LINES, ...SAMPLE_LINES, ...SAMPLE_LINES]);

  it.each([90, 180] as const)('reads a scan turned %i° upright', async (degrees) => {
    const turned = await sharp(sheet).rotate(degrees).png().toBuffer();
    const page = (await readDocument(turned, { ocr, keepImages: false })).pages[0];
    expectSample(page?.text ?? '');
    expect(page?.rotation).toBe((360 - degrees) % 360);
  });
});
