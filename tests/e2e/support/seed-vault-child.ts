import crypto from 'node:crypto';
import sharp from 'sharp';
import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import {
  insertDocument,
  UNREAD_FACTS,
  type DocumentRow,
} from '../../../main/core/documents/documents.repo.ts';
import { insertPage } from '../../../main/core/documents/pages.repo.ts';
import { realFs, type AtomicFs } from '../../../main/core/fs/atomic-write.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { DocumentStore } from '../../../main/core/store/document-store.ts';
import { createVault } from '../../../main/core/vault/vault.service.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';

/*
 * Test-only, run by seed-vault.ts as its own plain Node process (the core loads as it does in the
 * product; Playwright's loader would follow tsconfig's type-only paths): fills a vault through the core's
 * own services and repositories before the browser door opens it, so a binder of thousands exists in
 * seconds instead of hours of importing. The product has no such path.
 *
 * Reads a SeedRequest as JSON on stdin and writes the SeedResult as JSON on stdout.
 */

/** Words for made-up document titles (hand-written; nothing from any real record). */
const KINDS: Record<CategoryId, string[]> = {
  pathology: ['Biopsy report', 'Surgical pathology', 'Cytology report'],
  operative: ['Operative note', 'Port placement', 'Colonoscopy procedure'],
  discharge: ['Discharge summary', 'Transfer summary'],
  treatment_plan: ['Treatment plan', 'Tumor board note', 'Radiation plan'],
  medications: ['Medication list', 'Pharmacy printout'],
  labs: ['Blood count', 'Chemistry panel', 'Tumor markers'],
  imaging: ['CT chest', 'MRI pelvis', 'PET scan', 'Mammogram'],
  genomics: ['Germline panel', 'Tumor profiling'],
  visit_notes: ['Oncology visit', 'Consult letter', 'Progress note'],
  insurance: ['Insurance card', 'Prior authorization', 'Explanation of benefits'],
  other: ['Advance directive', 'Patient handout'],
};
const PLACES = ['Northfield Regional', 'Lakeside Clinic', 'Riverbend Hospital', 'Hillcrest Imaging'];

/** The real file store's writes without fsync: a throwaway test vault needs no power-loss safety. */
const UNSYNCED: AtomicFs = { ...realFs, fsyncSync: () => undefined };

export interface SeededDocument {
  id: string;
  title: string;
  originalName: string;
  docDate: string;
}

export interface SeedResult {
  personId: string;
  documents: SeededDocument[];
}

/** What to create: the vault folder (empty), its passphrase, the person and how many documents. */
export interface SeedRequest {
  vaultDir: string;
  passphrase: string;
  person: { name: string; birthDate: string };
  count: number;
}

/** A small grey "page" with a few dark lines, as the list's thumbnail of every seeded document. */
function thumbnailPng(): Promise<Buffer> {
  const lines = [20, 34, 48, 62, 76, 90]
    .map((y, i) => `<rect x="10" y="${y}" width="${i % 2 ? 50 : 70}" height="5" fill="#445"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="90" height="120"><rect width="90" height="120" fill="#fff"/>${lines}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Every REVIEW_EVERY-th document is one the classifier was unsure about (it waits in the review queue). */
const REVIEW_EVERY = 10;

/** The nth made-up document: its title, category and date spread evenly and repeatably. */
function madeUp(n: number): { title: string; category: CategoryId; date: string; text: string } {
  const category = CATEGORY_IDS[n % CATEGORY_IDS.length]!;
  const kinds = KINDS[category];
  const kind = kinds[Math.floor(n / CATEGORY_IDS.length) % kinds.length]!;
  const place = PLACES[n % PLACES.length]!;
  const day = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return {
    title: `${kind} · ${place} · no. ${n + 1}`,
    category,
    date: day,
    text: `${kind}\n${place}\nDate: ${day}\nMade-up test document number ${n + 1}.`,
  };
}

/**
 * Creates a vault in `vaultDir` with the passphrase, one person and `count` documents (one text page
 * each, all sharing one stored thumbnail; one in ten waiting for review), then closes it. Each document has its own small encrypted
 * original, so opening any of them works as for an imported one.
 */
async function seedVault({ vaultDir, passphrase, person, count }: SeedRequest): Promise<SeedResult> {
  const { session } = await createVault(vaultDir, passphrase);
  try {
    const { id: personId } = addPerson(session, person);
    const store = new DocumentStore(
      vaultFile(vaultDir, 'documents'),
      session.dataKey,
      session.vaultId,
      UNSYNCED,
    );
    const thumbFileId = store.put(await thumbnailPng());
    const rows = Array.from({ length: count }, (_, n) => {
      const doc = madeUp(n);
      const bytes = Buffer.from(doc.text, 'utf8');
      return { doc, bytes, fileId: store.put(bytes) };
    });
    const created = new Date().toISOString();
    const documents: SeededDocument[] = [];
    session.db.transaction(() => {
      for (const [n, { doc, bytes, fileId }] of rows.entries()) {
        const row: DocumentRow = {
          ...UNREAD_FACTS,
          id: crypto.randomUUID(),
          personId,
          fileId,
          originalName: `${doc.title.replaceAll(' · ', ' ')}.txt`,
          mime: 'text/plain',
          kind: 'text',
          byteSize: bytes.length,
          sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
          title: doc.title,
          ...(n % REVIEW_EVERY === REVIEW_EVERY - 1
            ? {
                category: null,
                status: 'needs_review' as const,
                categoryConfidence: 0.4,
                categoryScores: JSON.stringify({ [doc.category]: 0.4, other: 0.3 }),
              }
            : { category: doc.category, status: 'done' as const, categoryConfidence: 0.9 }),
          pageCount: 1,
          errorCode: null,
          errorMessage: null,
          textFingerprint: null,
          docDate: doc.date,
          createdAt: created,
        };
        insertDocument(session.db, row);
        insertPage(session.db, {
          documentId: row.id,
          pageNo: 1,
          source: 'text-layer',
          text: doc.text,
          confidence: null,
          rotation: 0,
          imageFileId: null,
          thumbFileId,
          wordsFileId: null,
          width: null,
          height: null,
        });
        documents.push({ id: row.id, title: row.title, originalName: row.originalName, docDate: doc.date });
      }
    })();
    return { personId, documents };
  } finally {
    session.close();
  }
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SeedRequest;
process.stdout.write(JSON.stringify(await seedVault(request)));
