import crypto from 'node:crypto';
import sharp from 'sharp';
import type { CategoryId } from '../../shared/categories.ts';
import { createCase } from '../core/cases/cases.service.ts';
import { seededRandom } from '../core/classify/seeded-random.ts';
import { sha256Hex } from '../core/crypto/aead.ts';
import {
  finishReading,
  insertDocument,
  saveFacts,
  UNREAD_FACTS,
  type DocumentRow,
} from '../core/documents/documents.repo.ts';
import { insertPage } from '../core/documents/pages.repo.ts';
import { makeDocumentTitle } from '../core/extract/document-title.ts';
import { addMedication, recordEvent } from '../core/medlog/medication-log.service.ts';
import { addPerson } from '../core/people/people.service.ts';
import { realFs } from '../core/fs/atomic-write.ts';
import { DocumentStore } from '../core/store/document-store.ts';
import { vaultFile } from '../core/vault/vault-paths.ts';
import { createVault } from '../core/vault/vault.service.ts';
import type { VaultSession } from '../core/vault/vault-session.ts';
import { documentPages, type PrintedPatient } from './load-text.ts';
import { makeScanPages } from './scan-pages.ts';
import { tinyPdf } from './tiny-pdf.ts';

/** How big a vault the load benchmark builds. */
export interface LoadVaultSize {
  people: number;
  documents: number;
  pages: number;
  medications: number;
}

/** The benchmark's vault: a family of five with ten years of paperwork. */
export const FULL_LOAD: LoadVaultSize = { people: 5, documents: 10_000, pages: 50_000, medications: 2_000 };

/** What was built, and how long each part took (ms). */
export interface BuiltVault {
  people: { id: string; name: string }[];
  counts: {
    documents: number;
    pages: number;
    /** Pages with a stored picture (photos and scans), each with a thumbnail. */
    pictures: number;
    /** Encrypted files written: originals, page pictures and thumbnails. */
    files: number;
    fileBytes: number;
    needsReview: number;
    medications: number;
    medicationEvents: number;
  };
  ms: { total: number; files: number; rows: number; medications: number };
}

/** Share of each category in a binder (visit notes and labs pile up; genomics is rare). */
const CATEGORY_WEIGHTS: readonly [CategoryId, number][] = [
  ['visit_notes', 22],
  ['labs', 20],
  ['imaging', 12],
  ['insurance', 9],
  ['medications', 8],
  ['pathology', 7],
  ['treatment_plan', 5],
  ['discharge', 5],
  ['other', 5],
  ['operative', 4],
  ['genomics', 3],
];

function weightedCategory(random: () => number): CategoryId {
  const total = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [category, weight] of CATEGORY_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return category;
  }
  return 'other';
}

/** How a document came in: a phone photo (one page), a scanned PDF, or a PDF with a text layer. */
type DocumentKind = 'photo' | 'scan' | 'text-pdf';

/** One photo in ten, three scanned PDFs in a hundred, the rest digital PDFs, interleaved. */
function kindOf(index: number): DocumentKind {
  // 37 is coprime with 100: every hundred documents take each slot once, in a scattered order.
  const slot = (index * 37) % 100;
  if (slot < 10) return 'photo';
  if (slot < 13) return 'scan';
  return 'text-pdf';
}

/**
 * Page counts for `kinds` that add up to exactly `total`: photos have one page, other documents a spread
 * around the average the remaining pages allow.
 */
export function spreadPages(kinds: readonly DocumentKind[], total: number, random: () => number): number[] {
  const multi = kinds.filter((k) => k !== 'photo').length;
  const photos = kinds.length - multi;
  if (total < kinds.length || (multi === 0 && total !== photos))
    throw new Error(`cannot spread ${total} pages over ${kinds.length} documents`);
  const average = multi ? (total - photos) / multi : 1;
  const counts = kinds.map((k) =>
    k === 'photo' ? 1 : 1 + Math.floor(random() * Math.max(1, 2 * average - 1)),
  );
  let difference = total - counts.reduce((a, b) => a + b, 0);
  while (difference !== 0) {
    const i = Math.floor(random() * counts.length);
    if (kinds[i] === 'photo') continue;
    if (difference > 0) {
      counts[i]! += 1;
      difference -= 1;
    } else if (counts[i]! > 1) {
      counts[i]! -= 1;
      difference += 1;
    }
  }
  return counts;
}

/** A date between 2016 and 2025 (ISO). */
function randomDate(random: () => number): string {
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 3650) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** The pictures the photos and scans carry: made once, stored encrypted per page as the importer does. */
interface Pictures {
  /** Photo originals: phone JPEGs, downscaled to 1600 px wide to keep the vault a sensible size. */
  photos: Buffer[];
  /** Page pictures as the importer stores them: upright grayscale PNG at about 300 dpi, and thumbnails. */
  pages: { png: Buffer; thumb: Buffer; width: number; height: number }[];
}

async function makePictures(): Promise<Pictures> {
  // A prose page, a table page and a phone photo (makeScanPages cycles through the three).
  const scans = await makeScanPages(3, 41);
  const photos = await Promise.all(
    scans
      .filter((s) => s.kind === 'photo')
      .map((s) => sharp(s.image).resize({ width: 1600 }).jpeg({ quality: 80 }).toBuffer()),
  );
  const pages = await Promise.all(
    scans
      .filter((s) => s.kind !== 'photo')
      .map(async (s) => {
        const { data, info } = await sharp(s.image).grayscale().png().toBuffer({ resolveWithObject: true });
        // The same thumbnail the importer makes (storePageFiles in import.service.ts).
        const thumb = await sharp(data)
          .resize({ width: 240, withoutEnlargement: true })
          .png({ compressionLevel: 9 })
          .toBuffer();
        return { png: data, thumb, width: info.width, height: info.height };
      }),
  );
  return { photos, pages };
}

const FIRST_NAMES = ['Eleanor', 'Marcus', 'Rosa', 'Theo', 'Amara', 'Jonas', 'Leila', 'Victor'];
const LAST_NAME = 'Whitfield';

/** Medicines of a cancer work-up and everyday ones, as a person would type them into the log. */
const MEDICINES: readonly [string, string, string][] = [
  ['ondansetron', '8 mg', 'every 8 hours as needed'],
  ['dexamethasone', '4 mg', 'twice daily'],
  ['tamoxifen', '20 mg', 'once daily'],
  ['letrozole', '2.5 mg', 'once daily'],
  ['anastrozole', '1 mg', 'once daily'],
  ['capecitabine', '1500 mg', 'twice daily'],
  ['prochlorperazine', '10 mg', 'every 6 hours as needed'],
  ['lorazepam', '0.5 mg', 'at bedtime as needed'],
  ['gabapentin', '300 mg', 'three times daily'],
  ['oxycodone', '5 mg', 'every 4 hours as needed'],
  ['acetaminophen', '500 mg', 'every 6 hours as needed'],
  ['pegfilgrastim', '6 mg', 'once per cycle'],
  ['enoxaparin', '40 mg', 'once daily'],
  ['apixaban', '5 mg', 'twice daily'],
  ['prednisone', '10 mg', 'once daily'],
  ['olanzapine', '5 mg', 'at bedtime'],
  ['sertraline', '50 mg', 'once daily'],
  ['omeprazole', '20 mg', 'once daily before breakfast'],
  ['metformin', '500 mg', 'twice daily with meals'],
  ['lisinopril', '10 mg', 'once daily'],
  ['atorvastatin', '40 mg', 'once daily at bedtime'],
  ['levothyroxine', '75 mcg', 'once daily'],
  ['amlodipine', '5 mg', 'once daily'],
  ['metoprolol', '25 mg', 'twice daily'],
  ['docusate', '100 mg', 'twice daily'],
  ['loperamide', '2 mg', 'as needed'],
  ['allopurinol', '100 mg', 'once daily'],
  ['vitamin D3', '1000 units', 'once daily'],
];

/**
 * Builds the load benchmark's vault in `dir`: `size.people` people, documents with generated text
 * (load-text.ts), encrypted originals (small text PDFs; phone photos) and, for photos and scans, page
 * pictures and thumbnails — stored through the importer's own steps: the sealed files first (written
 * without fsync, see below), then the document, page, facts and finish rows with the same repository
 * calls (documents.repo, pages.repo), committed per batch of documents instead of per document. OCR and
 * the classifier are not run: each document's category and date are the ones its text was generated for
 * (eight in a hundred are left unsure, for the review queue). The medication log and a case per person
 * go through the real services.
 */
export async function buildLoadVault(
  dir: string,
  passphrase: string,
  size: LoadVaultSize,
  options: { batch?: number; print?: (line: string) => void } = {},
): Promise<BuiltVault> {
  const started = performance.now();
  const random = seededRandom(20_250_601);
  const { session } = await createVault(dir, passphrase);
  try {
    const people = Array.from({ length: size.people }, (_, i) => {
      const birthDate = `19${40 + ((i * 13) % 50)}-0${1 + (i % 9)}-1${i % 10}`;
      const person = addPerson(session, {
        name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAME}${i >= FIRST_NAMES.length ? ` ${i}` : ''}`,
        birthDate,
      });
      return {
        person,
        printed: { name: person.name, birthDate, recordNumber: String(4_400_000 + i * 7919) },
      };
    });
    const pictures = await makePictures();
    const kinds = Array.from({ length: size.documents }, (_, i) => kindOf(i));
    const pageCounts = spreadPages(kinds, size.pages, random);
    const counts: BuiltVault['counts'] = {
      documents: 0,
      pages: 0,
      pictures: 0,
      files: 0,
      fileBytes: 0,
      needsReview: 0,
      medications: 0,
      medicationEvents: 0,
    };
    const ms = { total: 0, files: 0, rows: 0, medications: 0 };
    // The same sealed files in the same place as session.store writes them, without the fsync after each:
    // the importer syncs every file (ten to thirty milliseconds apiece on a busy disk), which for fifteen
    // thousand files would make the fixture take minutes to build. The database commits stay synchronous.
    const store = new DocumentStore(vaultFile(dir, 'documents'), session.dataKey, session.vaultId, {
      ...realFs,
      fsyncSync: () => undefined,
    });
    const put = (bytes: Uint8Array) => {
      counts.files++;
      counts.fileBytes += bytes.length;
      return store.put(bytes);
    };
    const batch = options.batch ?? 250;
    for (let from = 0; from < size.documents; from += batch) {
      const prepared: PreparedDocument[] = [];
      let t = performance.now();
      for (let i = from; i < Math.min(from + batch, size.documents); i++) {
        const owner = people[i % people.length]!;
        prepared.push(prepareDocument(random, i, kinds[i]!, pageCounts[i]!, owner.printed, pictures, put));
      }
      ms.files += performance.now() - t;
      t = performance.now();
      session.db.transaction(() => {
        for (const [offset, doc] of prepared.entries()) {
          const owner = people[(from + offset) % people.length]!;
          writeRows(session, owner.person.id, doc);
          counts.documents++;
          counts.pages += doc.pages.length;
          counts.pictures += doc.pictures.length;
          if (doc.unsure) counts.needsReview++;
        }
      })();
      ms.rows += performance.now() - t;
      if (options.print && (from / batch) % 8 === 7)
        options.print(`load: ${counts.documents} of ${size.documents} documents stored`);
    }

    store.wipe();

    const medsStarted = performance.now();
    session.db.transaction(() => {
      for (let m = 0; m < size.medications; m++) {
        const owner = people[m % people.length]!;
        const [name, dose, frequency] = MEDICINES[m % MEDICINES.length]!;
        const start = randomDate(random);
        const medication = addMedication(session, {
          personId: owner.person.id,
          name,
          dose,
          frequency,
          start,
          // A third of them were stopped a few months later.
          stop: m % 3 === 0 ? `${Number(start.slice(0, 4)) + 1}${start.slice(4, 7)}` : null,
          reason: m % 2 === 0 ? 'prescribed by oncology' : null,
        });
        counts.medications++;
        counts.medicationEvents += medication.events.length;
        if (m % 3 === 1) {
          recordEvent(session, {
            medicationId: medication.id,
            kind: 'change',
            date: `${Number(start.slice(0, 4)) + 1}-06`,
            dose: 'half the dose',
            frequency,
            reason: 'side effects',
          });
          counts.medicationEvents++;
        }
      }
      for (const { person } of people) {
        createCase(session, person.id, {
          diagnosis: 'Breast cancer, stage I',
          treatingDoctor: 'Dr. Rosa Kalomer',
          secondFacility: 'University Cancer Center',
          appointmentDate: '2026-09-15',
        });
      }
    })();
    ms.medications = performance.now() - medsStarted;
    ms.total = performance.now() - started;
    return { people: people.map(({ person }) => ({ id: person.id, name: person.name })), counts, ms };
  } finally {
    session.close();
  }
}

/** A document whose files are stored and whose rows are ready to insert. */
interface PreparedDocument {
  row: DocumentRow;
  category: CategoryId;
  date: string;
  pages: string[];
  source: 'text-layer' | 'ocr';
  /** Page picture files per page (photos and scans), in page order. */
  pictures: { imageFileId: string; thumbFileId: string; width: number; height: number }[];
  unsure: boolean;
}

/** Generates one document and writes its encrypted files (before any row refers to them). */
function prepareDocument(
  random: () => number,
  index: number,
  kind: DocumentKind,
  pageCount: number,
  patient: PrintedPatient,
  pictures: Pictures,
  put: (bytes: Uint8Array) => string,
): PreparedDocument {
  const category = kind === 'photo' && random() < 0.5 ? 'medications' : weightedCategory(random);
  const date = randomDate(random);
  const pages = documentPages(random, { category, date, patient, pages: pageCount });
  // Scanned PDFs keep a small text PDF as their original: only their page pictures are looked at here.
  const original = kind === 'photo' ? pictures.photos[index % pictures.photos.length]! : tinyPdf(pages);
  const fileId = put(original);
  const stored =
    kind === 'text-pdf'
      ? []
      : pages.map((_, p) => {
          const picture = pictures.pages[(index + p) % pictures.pages.length]!;
          return {
            imageFileId: put(picture.png),
            thumbFileId: put(picture.thumb),
            width: picture.width,
            height: picture.height,
          };
        });
  const row: DocumentRow = {
    id: crypto.randomUUID(),
    personId: '',
    fileId,
    originalName:
      kind === 'photo' ? `IMG_${4000 + index}.jpg` : `record-${String(index).padStart(5, '0')}.pdf`,
    mime: kind === 'photo' ? 'image/jpeg' : 'application/pdf',
    kind: kind === 'photo' ? 'jpeg' : 'pdf',
    byteSize: original.length,
    // Photos share a few pictures: their sha256 is made distinct, as every real photo's is.
    sha256: kind === 'photo' ? sha256Hex(Buffer.from(`photo ${index}`)) : sha256Hex(original),
    title: kind === 'photo' ? `IMG_${4000 + index}.jpg` : `record-${index}.pdf`,
    category: null,
    status: 'queued',
    pageCount: 0,
    errorCode: null,
    errorMessage: null,
    textFingerprint: null,
    docDate: null,
    createdAt: new Date().toISOString(),
    ...UNREAD_FACTS,
  };
  return {
    row,
    category,
    date,
    pages,
    source: kind === 'text-pdf' ? 'text-layer' : 'ocr',
    pictures: stored,
    unsure: random() < 0.08,
  };
}

/** The rows of one document, with the importer's repository calls in the importer's order. */
function writeRows(session: VaultSession, personId: string, doc: PreparedDocument): void {
  const { db } = session;
  const id = doc.row.id;
  insertDocument(db, { ...doc.row, personId });
  for (const [i, text] of doc.pages.entries()) {
    const picture = doc.pictures[i];
    insertPage(db, {
      documentId: id,
      pageNo: i + 1,
      source: doc.source,
      text,
      confidence: doc.source === 'ocr' ? 88 + (i % 9) : null,
      rotation: 0,
      imageFileId: picture?.imageFileId ?? null,
      thumbFileId: picture?.thumbFileId ?? null,
      wordsFileId: null,
      width: picture?.width ?? null,
      height: picture?.height ?? null,
    });
  }
  const firstLines = doc.pages[0]!.split('\n');
  saveFacts(db, id, {
    category: doc.category,
    confidence: doc.unsure ? 0.41 : 0.93,
    // An unsure document has a runner-up, which the review queue offers as the other choice.
    scores: doc.unsure
      ? { [doc.category]: 0.41, [doc.category === 'visit_notes' ? 'other' : 'visit_notes']: 0.33 }
      : { [doc.category]: 0.93 },
    evidence: [firstLines[1] ?? ''],
    title: makeDocumentTitle({ category: doc.category, text: doc.pages[0]!, date: doc.date }),
    docDate: doc.date,
    facility: firstLines[0] ?? null,
    clinician: firstLines[4]?.split(': ')[1] ?? null,
    printedName: null,
    printedBirthDate: null,
    printedRecordNumber: null,
  });
  finishReading(db, id, {
    status: doc.unsure ? 'needs_review' : 'done',
    pageCount: doc.pages.length,
    textFingerprint: null,
  });
}
