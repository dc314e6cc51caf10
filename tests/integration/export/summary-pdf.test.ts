import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDocumentsOf } from '../../../main/core/documents/documents.repo.ts';
import { runExport } from '../../../main/core/export/export.service.ts';
import { buildPacketVault, MEMBER_ID, SSN, type PacketVault } from './packet-fixture.ts';

let root: string;
let vault: PacketVault;
const control = () => ({ report: () => undefined, signal: new AbortController().signal });

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-export-pdf-'));
  vault = await buildPacketVault(root);
});
afterAll(() => {
  vault?.session.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('the summary PDF', () => {
  it('opens in pdf.js and pdfinfo, has the outline, and holds summary + every appendix page', async () => {
    const out = path.join(root, 'packet.pdf');
    const result = await runExport(
      vault.session,
      { personId: vault.ada.id, format: 'pdf', out, preparedBy: 'Sam Example (daughter)' },
      control(),
    );
    expect(result.verification.ok).toBe(true);
    const docs = listDocumentsOf(vault.session.db, vault.ada.id);
    expect(result.documents).toBe(docs.length);
    const appendixPages = docs.reduce((sum, d) => sum + d.pageCount, 0);

    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBe(result.pages);
    expect(pages).toBeGreaterThan(appendixPages);
    expect(info).toMatch(/^Title:\s+Second-opinion packet — Ada Example/m);
    expect(info).not.toMatch(/^Author:/m);
    expect(info).not.toMatch(/^Producer:/m);
    expect(info).not.toMatch(/^Creator:/m);

    const task = getDocument({ data: new Uint8Array(fs.readFileSync(out)) });
    const loaded = await task.promise;
    expect(loaded.numPages).toBe(pages);
    const outline = await loaded.getOutline();
    expect(outline.map((o) => o.title)).toEqual(
      expect.arrayContaining(['Summary', 'Medication history', 'Documents in this packet']),
    );
    const pathology = outline.find((o) => o.title.startsWith('Pathology reports'));
    expect(pathology?.items.length).toBe(1);
    await task.destroy();

    const pdf = await PDFDocument.load(fs.readFileSync(out));
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(String(pdf.catalog.lookup(PDFName.of('Lang')))).toContain('en-US');
    const qpdf = JSON.parse(
      execFileSync('qpdf', ['--json', '--json-key=outlines', out], { encoding: 'utf8' }),
    );
    expect(qpdf.outlines.length).toBeGreaterThanOrEqual(4);

    const text = pdftotext(out);
    expect(text).toMatch(
      /Letrozole\s+2\.5 mg 1 tablet\s+by mouth\s+once daily\s+2026-03-01\s+ongoing\s+Breast cancer/,
    );
    expect(text).toMatch(/Tamoxifen\s+20 mg\s+by mouth\s+once daily\s+2025-01\s+2025-12-15\s+Prevention/);
    expect(text).toContain('Documents in this packet');
    expect(text).toContain('Invasive ductal carcinoma of the left breast');
    expect(text).toContain('pT1c N0');
    expect(text).toContain('Prepared by Sam Example (daughter)');
    // The patient's name and birth date and the page number are on every page.
    const perPage = text.split('\f').filter((p) => p.trim());
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => {
      expect(page).toContain('Ada Example · born 1961-04-12');
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
    });
  });

  it('leaves no author or producer in the originals and removes SSN and member ids when asked', async () => {
    const out = path.join(root, 'redacted.pdf');
    const result = await runExport(
      vault.session,
      { personId: vault.ada.id, format: 'pdf', out, redact: true },
      control(),
    );
    expect(result.redactions).toBeGreaterThanOrEqual(2);
    const text = pdftotext(out);
    expect(text).not.toContain(SSN);
    expect(text).not.toContain(MEMBER_ID);
    const plain = pdftotext(path.join(root, 'packet.pdf'));
    expect(plain).toContain('Documents in this packet');
  });

  it('stops when cancelled and writes nothing', async () => {
    const out = path.join(root, 'cancelled.pdf');
    const controller = new AbortController();
    controller.abort();
    await expect(
      runExport(
        vault.session,
        { personId: vault.ada.id, format: 'pdf', out },
        { report: () => undefined, signal: controller.signal },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a document of another person', async () => {
    const bobDoc = listDocumentsOf(vault.session.db, vault.bob.id)[0]!;
    await expect(
      runExport(
        vault.session,
        {
          personId: vault.ada.id,
          documentIds: [bobDoc.id],
          format: 'pdf',
          out: path.join(root, 'mixed.pdf'),
        },
        control(),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('privacy of copied originals', () => {
  it('strips author, producer and creator from each PDF', async () => {
    const out = path.join(root, 'packet.pdf');
    const pdf = await PDFDocument.load(fs.readFileSync(out), { updateMetadata: false });
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
    expect(info).toBeInstanceOf(PDFDict);
    for (const key of ['Author', 'Producer', 'Creator'])
      expect((info as PDFDict).get(PDFName.of(key))).toBeUndefined();
  });
});
