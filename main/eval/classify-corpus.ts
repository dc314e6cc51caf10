import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isCategoryId, type CategoryId } from '../../shared/categories.ts';

/** One labelled record of the evaluation corpus (read at run time; its text never enters the repository). */
export interface CorpusRecord {
  id: string;
  category: CategoryId;
  source: string;
  sourceRef: string;
  text: string;
}

/** One scanned record: its pages (absolute paths) and true category. */
export interface CorpusScan {
  id: string;
  category: CategoryId;
  pages: string[];
  degradation: string;
}

/** The default corpus location, next to the product checkout. */
export const DEFAULT_CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus');

/** True when the corpus folder holds the labelled records. */
export function haveCorpus(corpusDir: string): boolean {
  return existsSync(path.join(corpusDir, 'documents.jsonl'));
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Reads documents.jsonl (text and label only are used for learning; titles are ignored). */
export function loadCorpusRecords(corpusDir: string): CorpusRecord[] {
  return readJsonl(path.join(corpusDir, 'documents.jsonl')).map((r) => {
    const category = String(r.category);
    if (!isCategoryId(category)) throw new Error(`unknown category in corpus: ${category}`);
    return {
      id: String(r.id),
      category,
      source: String(r.source),
      sourceRef: String(r.source_ref),
      text: String(r.text),
    };
  });
}

/** Reads scans/labels.jsonl; an absent file gives no scans. */
export function loadCorpusScans(corpusDir: string): CorpusScan[] {
  const file = path.join(corpusDir, 'scans', 'labels.jsonl');
  if (!existsSync(file)) return [];
  return readJsonl(file).map((r) => {
    const category = String(r.category);
    if (!isCategoryId(category)) throw new Error(`unknown category in scan labels: ${category}`);
    return {
      id: String(r.id),
      category,
      pages: (r.pages as string[]).map((p) => path.join(corpusDir, p)),
      degradation: String(r.degradation),
    };
  });
}

// --- near-duplicate groups -------------------------------------------------------------------------

const HASHES = 96;
const BANDS = 24;
const ROWS = HASHES / BANDS;
/** Word-shingle Jaccard similarity at or above which two records count as near-duplicates. */
const NEAR_DUPLICATE = 0.5;

function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const n = words.length >= 8 ? 4 : 2;
  const out = new Set<number>();
  for (let i = 0; i + n <= Math.max(words.length, n); i++) {
    let h = 0x811c9dc5;
    for (const ch of words.slice(i, i + n).join(' ')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of set) {
    for (let k = 0; k < HASHES; k++) {
      let h = Math.imul(s ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35) >>> 0;
      if (h < (sig[k] as number)) sig[k] = h;
    }
  }
  return sig;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * The file a record was taken from, when one file yields several records of the same patient (a C-CDA, a
 * FHIR bundle). Table files of unrelated rows (`file.csv#row=...`, MTSamples) do not group.
 */
function sourceFile(r: CorpusRecord): string | null {
  if (r.source === 'mtsamples') return null;
  const [file, fragment] = (r.sourceRef.split(' ')[0] ?? '').split('#');
  return fragment?.includes('=') ? `${file}#${fragment}` : (file ?? null);
}

/**
 * Groups records that must stay in the same fold: shared source file, or word-shingle Jaccard similarity
 * ≥ 0.5 (found with MinHash banding, then checked exactly). Returns a group number per record.
 */
export function nearDuplicateGroups(records: CorpusRecord[]): number[] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byFile = new Map<string, number>();
  records.forEach((r, i) => {
    const f = sourceFile(r);
    if (f === null) return;
    const first = byFile.get(f);
    if (first === undefined) byFile.set(f, i);
    else union(first, i);
  });
  const sets = records.map((r) => shingles(r.text));
  const sigs = sets.map(minhash);
  const checked = new Set<string>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const i = list[a] as number;
          const j = list[b] as number;
          const key = `${i},${j}`;
          if (checked.has(key)) continue;
          checked.add(key);
          if (jaccard(sets[i] as Set<number>, sets[j] as Set<number>) >= NEAR_DUPLICATE) union(i, j);
        }
      }
    }
  }
  return records.map((_, i) => find(i));
}
