import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../main/core/classify/seeded-random.ts';
import { listUnfinished } from '../../../main/core/documents/documents.repo.ts';
import { readDocumentBytes } from '../../../main/core/documents/documents.service.ts';
import { listDocuments, pageImageDataUrl } from '../../../main/core/documents/documents-view.service.ts';
import { listMedicationLog } from '../../../main/core/medlog/medication-log.service.ts';
import { searchPages } from '../../../main/core/search/search.service.ts';
import { unlockVault } from '../../../main/core/vault/vault.service.ts';
import { documentPages, LOAD_QUERIES } from '../../../main/bench/load-text.ts';
import { buildLoadVault, spreadPages } from '../../../main/bench/load-vault.ts';
import { tinyPdf } from '../../../main/bench/tiny-pdf.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

const patient = { name: 'Test Person', birthDate: '1960-02-03', recordNumber: '123456' };

describe('load benchmark text', () => {
  it('prints the patient and the date of service on the first page, and is the same for the same seed', () => {
    const make = () =>
      documentPages(seededRandom(5), { category: 'pathology', date: '2023-04-05', patient, pages: 3 });
    const pages = make();
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Patient: Test Person  DOB: 02/03/1960  MRN: 123456');
    expect(pages[0]).toContain('Date of service: 04/05/2023');
    for (const page of pages) expect(page.split(/\s+/).length).toBeGreaterThanOrEqual(200);
    expect(make()).toEqual(pages);
  });

  it('has fifty searches', () => {
    expect(LOAD_QUERIES).toHaveLength(50);
  });
});

describe('spreadPages', () => {
  it('gives photos one page and adds up to the total exactly', () => {
    const kinds = ['photo', 'text-pdf', 'scan', 'text-pdf', 'photo', 'text-pdf'] as const;
    const counts = spreadPages(kinds, 27, seededRandom(1));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(27);
    expect([counts[0], counts[4]]).toEqual([1, 1]);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(() => spreadPages(kinds, 3, seededRandom(1))).toThrow();
  });
});

describe('tinyPdf', () => {
  it('is a PDF pdf-lib reads, one page per text, with the escaped text in it', async () => {
    const bytes = tinyPdf(['First page (with brackets) and a back\\slash', 'Second page']);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    expect(bytes.toString('latin1')).toContain('(First page \\(with brackets\\) and a back\\\\slash) Tj');
  });
});

describe('buildLoadVault', () => {
  it('builds finished, searchable documents with encrypted originals, pictures and a medication log', async () => {
    const dir = path.join(tempDir('cb-load-vault-'), 'vault');
    const built = await buildLoadVault(dir, STRONG_PASSPHRASE, {
      people: 2,
      documents: 20,
      pages: 60,
      medications: 6,
    });
    expect(built.counts).toMatchObject({ documents: 20, pages: 60, medications: 6 });
    // Two photos (one page, pictured) and scans among the twenty; every picture has a thumbnail.
    expect(built.counts.files).toBe(20 + 2 * built.counts.pictures);
    expect(built.counts.pictures).toBeGreaterThanOrEqual(2);

    const session = await unlockVault(dir, { passphrase: STRONG_PASSPHRASE });
    try {
      // Nothing left for an unlock to resume as an import.
      expect(listUnfinished(session.db)).toEqual([]);
      for (const person of built.people) {
        const documents = listDocuments(session, person.id);
        expect(documents).toHaveLength(10);
        const firstName = person.name.split(' ')[0]!;
        expect(searchPages(session, { query: firstName, personId: person.id }).length).toBeGreaterThan(0);
        expect(listMedicationLog(session, person.id)).toHaveLength(3);
        for (const doc of documents) {
          const original = readDocumentBytes(session, doc.id);
          if (doc.kind === 'pdf') expect(original.subarray(0, 5).toString()).toBe('%PDF-');
          else {
            expect(original.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
            expect(pageImageDataUrl(session, doc.id, 1, 'full')).toMatch(/^data:image\/png;base64,/);
          }
        }
      }
    } finally {
      session.close();
    }
  });
});
