import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { importFiles } from '../../../main/core/documents/import.service.ts';
import { addMedication, recordEvent } from '../../../main/core/medlog/medication-log.service.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { createVault } from '../../../main/core/vault/vault.service.ts';
import type { VaultSession } from '../../../main/core/vault/vault-session.ts';
import { makeScan } from '../../helpers/make-fixtures.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';

/** A string that exists only in person B's records: no export of person A may contain it. */
export const CANARY = 'ZEBRACANARY7741';
export const SSN = '123-45-6789';
export const MEMBER_ID = 'XK4455321';

/** A text-layer PDF whose Info dictionary names an author, producer and creator (to be stripped). */
async function pdfWithMetadata(pages: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 18, size: 12, font }));
  }
  pdf.setAuthor('Dr Scanner Operator');
  pdf.setProducer('HospitalPDF 9.1');
  pdf.setCreator('Records Department');
  return Buffer.from(await pdf.save());
}

/** A JPEG photo carrying EXIF with a GPS position and the camera owner's name. */
async function photoWithGps(lines: string[]): Promise<Buffer> {
  return sharp(await makeScan(lines, { format: 'jpeg' }))
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Phone Owner' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 2400/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 0/1',
      },
    })
    .toBuffer();
}

/** True when JPEG bytes carry an EXIF GPS IFD pointer (tag 0x8825, either byte order). */
export async function hasGps(jpeg: Uint8Array): Promise<boolean> {
  const { exif } = await sharp(jpeg).metadata();
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

/** A real vault with two people: Ada (documents, medicines) and Bob (the canary). */
export interface PacketVault {
  session: VaultSession;
  ada: { id: string; name: string };
  bob: { id: string };
  dir: string;
}

/**
 * Builds the vault through the real import (text-layer PDFs, an OCR'd photo with GPS EXIF, a text note)
 * and the medication log.
 */
export async function buildPacketVault(root: string): Promise<PacketVault> {
  const inbox = path.join(root, 'inbox');
  const bobInbox = path.join(root, 'bob');
  fs.mkdirSync(inbox, { recursive: true });
  fs.mkdirSync(bobInbox, { recursive: true });
  fs.writeFileSync(
    path.join(inbox, 'pathology.pdf'),
    await pdfWithMetadata([
      [
        'SURGICAL PATHOLOGY REPORT',
        'Patient: Ada Example   DOB: 04/12/1961',
        'Date of service: 02/03/2026',
        'Specimen: Left breast, core needle biopsy',
        '',
        'FINAL DIAGNOSIS:',
        'Invasive ductal carcinoma of the left breast',
        '',
        'COMMENT: Reviewed at consensus conference.',
      ],
      [
        'SYNOPTIC SUMMARY',
        'Histologic type: invasive ductal carcinoma, no special type',
        'Nottingham histologic grade: grade 2 of 3',
        'Pathologic stage: pT1c N0',
        'Estrogen receptor (ER): positive, 95%',
        'HER2 by IHC: negative (1+)',
      ],
    ]),
  );
  fs.writeFileSync(
    path.join(inbox, 'ct.pdf'),
    await pdfWithMetadata([
      ['CT CHEST WITH CONTRAST', 'Exam date: 01/15/2026', 'Impression: no pulmonary nodules.'],
    ]),
  );
  fs.writeFileSync(
    path.join(inbox, 'insurance-card.jpg'),
    await photoWithGps([
      'HEALTH INSURANCE CARD',
      'Member ID: XK4455321',
      'SSN 123-45-6789',
      'Group 7700 Plan PPO',
    ]),
  );
  fs.writeFileSync(
    path.join(inbox, 'questions.txt'),
    'Questions for the second opinion\nShould I have an MRI before surgery?\n',
  );
  fs.writeFileSync(
    path.join(bobInbox, 'bob.pdf'),
    await pdfWithMetadata([['OPERATIVE REPORT', `Reference ${CANARY}`, 'Knee arthroscopy.']]),
  );

  const dir = path.join(root, 'vault');
  const { session } = await createVault(dir, STRONG_PASSPHRASE);
  const ada = addPerson(session, { name: 'Ada Example', birthDate: '1961-04-12' });
  const bob = addPerson(session, { name: 'Bob Other', birthDate: '1958-09-30' });
  const ocr = createTesseractOcrService();
  try {
    const files = fs.readdirSync(inbox).map((f) => path.join(inbox, f));
    await importFiles(session, ada.id, files.sort(), { ocr });
    await importFiles(session, bob.id, [path.join(bobInbox, 'bob.pdf')], { ocr });
  } finally {
    await ocr.close();
  }
  addMedication(session, {
    personId: ada.id,
    name: 'Letrozole',
    strength: '2.5 mg',
    dose: '1 tablet',
    route: 'by mouth',
    frequency: 'once daily',
    start: '2026-03-01',
    reason: 'Breast cancer',
  });
  const tamoxifen = addMedication(session, {
    personId: ada.id,
    name: 'Tamoxifen',
    dose: '20 mg',
    route: 'by mouth',
    frequency: 'once daily',
    start: '2025-01',
    reason: 'Prevention',
  });
  recordEvent(session, { medicationId: tamoxifen.id, kind: 'stop', date: '2025-12-15', reason: null });
  addMedication(session, { personId: bob.id, name: `Canarymycin ${CANARY}`, start: '2026-01-01' });
  return { session, ada, bob, dir };
}
