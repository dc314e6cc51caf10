import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../main/core/classify/seeded-random.ts';
import { makeScan, makeTextPdf } from '../helpers/make-fixtures.ts';

// Hand-written headings and findings; each fixture mixes them with a unique marker so no two are near-duplicates.
const HEADINGS = [
  'Surgical pathology report',
  'Discharge summary',
  'Laboratory results',
  'Radiology report: CT chest',
  'Clinic visit note',
  'Current medication list',
  'Operative report',
  'Insurance explanation of benefits',
];
const FINDINGS = [
  'Margins are clear of tumour.',
  'Patient discharged home in good condition.',
  'Hemoglobin within the normal range.',
  'No new nodules compared with the prior study.',
  'Follow up in the clinic in three weeks.',
  'Tamoxifen 20 mg by mouth once daily.',
  'Estimated blood loss was minimal.',
  'This is not a bill. Amount you may owe is shown below.',
  'Lymph nodes negative for carcinoma.',
  'Blood pressure and pulse stable overnight.',
];
const WORDS = ['amber', 'birch', 'cedar', 'dune', 'ember', 'fjord', 'grove', 'heath', 'inlet', 'juniper'];

/** How many fixtures of each kind the pool holds. */
const PER_KIND = 6;

/**
 * Writes the import pool for a run: small text files, text-layer PDFs and scanned-looking PNGs (OCR),
 * all generated here from `seed`. Returns the file names (relative to `dir`).
 */
export async function makeFixturePool(dir: string, seed: number): Promise<string[]> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines = (n: number): string[] => [
    pick(HEADINGS),
    `Reference ${pick(WORDS)} ${pick(WORDS)} ${n}`,
    pick(FINDINGS),
    pick(FINDINGS),
  ];
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < PER_KIND; i++) {
    const text = `${lines(i).join('\n')}\n${pick(FINDINGS)}\n`;
    names.push(write(dir, `note-${i}.txt`, Buffer.from(text)));
    names.push(write(dir, `report-${i}.pdf`, await makeTextPdf([lines(100 + i)])));
    names.push(write(dir, `scan-${i}.png`, await makeScan(lines(200 + i).slice(0, 2), { width: 480 })));
  }
  return names;
}

function write(dir: string, name: string, bytes: Buffer): string {
  fs.writeFileSync(path.join(dir, name), bytes);
  return name;
}
